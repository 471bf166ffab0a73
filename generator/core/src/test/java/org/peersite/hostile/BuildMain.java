package org.peersite.hostile;

import java.nio.file.Path;

import org.peersite.BuildResult;
import org.peersite.TestSite;

/** A build of {@code args[0]} in a JVM of its own, for tests that kill it. Exit code 0 when it wrote the site. */
public final class BuildMain {

    private BuildMain() {
    }

    public static void main(String[] args) {
        BuildResult result = TestSite.generator(Path.of(args[0])).threads(1).build().generate();
        System.exit(result.wroteOutput() ? 0 : 1);
    }
}
