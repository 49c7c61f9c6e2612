package nl.kwaliteitsnetwerk.ledger.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher finds the services and its data from where its own jar is, not from the working directory. */
class LocalStackSettingsTest {

    @TempDir
    Path repository;

    @Test
    void theRootIsFoundAboveTheLauncherJarAndTheDataLiveThere() throws IOException {
        Path launcher = jar(repository.resolve("infra/embedded-stack/target/embedded-stack-0.1.0-SNAPSHOT-exec.jar"));
        jar(repository.resolve("audit-service/target/audit-service-0.1.0-SNAPSHOT-exec.jar"));
        jar(repository.resolve("dialogue-service/target/dialogue-service-0.1.0-SNAPSHOT-exec.jar"));
        jar(repository.resolve("validation-service/target/validation-service-0.1.0-SNAPSHOT-exec.jar"));

        LocalStackSettings settings = LocalStackSettings.from(new Properties(), launcher);

        assertThat(settings.rootDir()).isEqualTo(repository);
        assertThat(settings.dataDir()).isEqualTo(repository.resolve("data"));
        assertThat(settings.kafkaLogDir()).isEqualTo(repository.resolve("data/kafka"));
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.services()).containsExactly(
                Map.entry("audit-service", 8081), Map.entry("dialogue-service", 8082), Map.entry("validation-service", 8083));
        assertThat(ServiceJars.executableJar(settings.rootDir(), "audit-service"))
                .isEqualTo(repository.resolve("audit-service/target/audit-service-0.1.0-SNAPSHOT-exec.jar"));
    }

    @Test
    void propertiesChooseServicesPortsAndTheDataDirectory() throws IOException {
        Path launcher = jar(repository.resolve("infra/embedded-stack/target/embedded-stack-0.1.0-SNAPSHOT-exec.jar"));
        jar(repository.resolve("audit-service/target/audit-service-0.1.0-SNAPSHOT-exec.jar"));
        Properties properties = new Properties();
        properties.setProperty("qal.services", "audit-service:18081");
        properties.setProperty("qal.data-dir", repository.resolve("elsewhere").toString());
        properties.setProperty("qal.mongo-port", "0");
        properties.setProperty("qal.kafka-port", "19092");

        LocalStackSettings settings = LocalStackSettings.from(properties, launcher);

        assertThat(settings.services()).containsExactly(Map.entry("audit-service", 18081));
        assertThat(settings.dataDir()).isEqualTo(repository.resolve("elsewhere"));
        assertThat(settings.mongoPort()).isZero();
        assertThat(settings.kafkaPort()).isEqualTo(19092);
    }

    @Test
    void aLauncherWithNoServicesAboveItSaysHowToPointItAtThem() throws IOException {
        Path launcher = jar(repository.resolve("somewhere/embedded-stack-0.1.0-SNAPSHOT-exec.jar"));
        assertThatThrownBy(() -> ServiceJars.rootAbove(launcher, List.of("no-such-service")))
                .hasMessageContaining("-Dqal.root");
    }

    @Test
    void aServiceNotBuiltSaysToBuild() throws IOException {
        Files.createDirectories(repository.resolve("audit-service/target"));
        assertThatThrownBy(() -> ServiceJars.executableJar(repository, "audit-service")).hasMessageContaining("mvn");
    }

    private static Path jar(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        return Files.write(path, new byte[0]);
    }
}
