package org.enforcementledger.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** Where the tests find the repository's files: Surefire runs them in deploy/kubernetes. */
final class Project {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path BASE = KUBERNETES.resolve("base");
    static final Path DISTRICT = KUBERNETES.resolve("overlays/district");
    static final List<String> SERVICES = List.of("personnel-service", "case-service", "report-service");

    private Project() {
    }

    /** A service's application.properties, as the service reads it (continuation lines joined). */
    static Properties applicationProperties(String service) {
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
