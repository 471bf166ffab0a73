package org.peersite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The version printed by {@code --version}, and the project's address: read from {@code version.properties}, which
 * Maven fills in from the pom when it copies the resources, so each is written down in one place only.
 */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"peersite " + version()};
    }

    static String version() throws IOException {
        return property("version");
    }

    /** Where peersite lives: its source, its releases, its issues. */
    static String projectUrl() throws IOException {
        return property("url");
    }

    private static String property(String name) throws IOException {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar; the build is broken");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(name);
        }
    }
}
