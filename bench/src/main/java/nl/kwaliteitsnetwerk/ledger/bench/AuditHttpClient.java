package nl.kwaliteitsnetwerk.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/** Drives the audit API over HTTP as the demo users do. */
final class AuditHttpClient {

    static final List<String> STANDARDS = List.of("KS1", "KS2", "KS3", "KS4", "KS5", "KS6");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    AuditHttpClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** Schedules an audit and takes it to its site visit; returns its id. */
    String auditOnSiteVisit() throws IOException, InterruptedException {
        ObjectNode schedule = JSON.createObjectNode().put("institutionCode", "29WT").put("boardNumber", 21274)
                .put("institutionName", "Business Marketing Services B.V.").put("kind", "INSTITUTIONAL")
                .put("plannedDate", LocalDate.now().plusMonths(1).toString())
                .put("frameworkId", "kwaliteitsnetwerk-instellingsaudit").put("frameworkVersion", "2013");
        String auditId = post("admin", "/audits", schedule).path("id").asText();
        ObjectNode team = JSON.createObjectNode();
        team.putObject("leadAuditor").put("userId", "lead").put("name", "Lea Lead").put("affiliation", "ROC Elders")
                .put("affiliationInstitutionCode", "25LH");
        team.putArray("auditors").addObject().put("userId", "auditor").put("name", "Aad Auditor").put("affiliation", "Netwerk");
        post("admin", "/audits/" + auditId + "/team", team);
        post("lead", "/audits/" + auditId + "/intake", JSON.createObjectNode()
                .put("heldOn", LocalDate.now().toString()).put("expectations", "Bench"));
        post("lead", "/audits/" + auditId + "/site-visit", JSON.createObjectNode());
        return auditId;
    }

    /** Records a finding; returns the audit's new version. */
    long recordFinding(String auditId, int n) throws IOException, InterruptedException {
        ObjectNode finding = JSON.createObjectNode().put("standardCode", STANDARDS.get(n % STANDARDS.size()))
                .put("kind", "OBSERVATION").put("text", "Bevinding " + n);
        finding.putArray("evidence").addObject().put("kind", "DOCUMENT").put("reference", "Jaarverslag");
        return post("auditor", "/audits/" + auditId + "/findings", finding).path("version").asLong();
    }

    /** The version of the audit's read model, or -1 while it has none. */
    long readModelVersion(String auditId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("lead", "/audits/" + auditId).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("version").asLong(-1) : -1;
    }

    private JsonNode post(String user, String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Basic " + credentials);
    }
}
