package nl.kwaliteitsnetwerk.ledger.testsupport.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A site with the platform's sign-in contract, small enough to read: a login form at {@code /login} (fields
 * {@code username}, {@code password} and a hidden {@code _csrf}), {@code /ui} for a signed-in user with a logout
 * form, every POST refused 403 without the token, and a page that breaks WCAG rules on purpose. It lets the browser
 * kit be tested without a service.
 */
final class LoginFormSite implements AutoCloseable {

    static final String TOKEN = "token-of-this-session";

    private final HttpServer server;

    LoginFormSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
            Optional<String> user = session(exchange);
            if ("POST".equals(exchange.getRequestMethod())) {
                Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (!TOKEN.equals(form.get("_csrf"))) {
                    send(exchange, 403, page("Verboden", "<p>Geen geldig CSRF-token.</p>"));
                } else if (path.equals("/login")) {
                    boolean known = form.getOrDefault("password", "").equals(form.get("username"));
                    exchange.getResponseHeaders().add("Set-Cookie", "user=" + (known ? form.get("username") : "") + "; Path=/");
                    redirect(exchange, known ? "/ui" : "/login?error");
                } else {
                    exchange.getResponseHeaders().add("Set-Cookie", "user=; Path=/");
                    redirect(exchange, "/login?logout");
                }
            } else if (path.equals("/ui") && user.isPresent()) {
                send(exchange, 200, page("Start", "<p>Ingelogd als <strong>" + user.get() + "</strong></p>"
                        + "<form action=\"/logout\" method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"" + TOKEN
                        + "\"/><button type=\"submit\">Uitloggen</button></form>"));
            } else if (path.equals("/inaccessible")) {
                send(exchange, 200, "<!DOCTYPE html><html><head><title>x</title></head><body>"
                        + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"/><input type=\"text\"/></body></html>");
            } else if (path.equals("/login")) {
                send(exchange, 200, page("Inloggen", (query.equals("error") ? "<p role=\"alert\">Onjuist.</p>" : "")
                        + (query.equals("logout") ? "<p role=\"status\">Uitgelogd.</p>" : "")
                        + "<form action=\"/login\" method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"" + TOKEN + "\"/>"
                        + "<label for=\"username\">Gebruikersnaam</label><input id=\"username\" name=\"username\"/>"
                        + "<label for=\"password\">Wachtwoord</label><input id=\"password\" name=\"password\" type=\"password\" required=\"required\"/>"
                        + "<button type=\"submit\">Inloggen</button></form>"));
            } else {
                redirect(exchange, "/login");
            }
        }
    }

    private static Optional<String> session(HttpExchange exchange) {
        return exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of()).stream()
                .flatMap(header -> java.util.Arrays.stream(header.split(";\\s*")))
                .filter(cookie -> cookie.startsWith("user=") && cookie.length() > "user=".length())
                .map(cookie -> cookie.substring("user=".length())).findFirst();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] field = pair.split("=", 2);
            if (field.length == 2) {
                fields.put(URLDecoder.decode(field[0], StandardCharsets.UTF_8), URLDecoder.decode(field[1], StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/><title>" + title + "</title></head>"
                + "<body><main><h1>" + title + "</h1>" + content + "</main></body></html>";
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
