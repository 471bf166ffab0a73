// A new team's first minutes: archetype:generate, then `mvn verify` in the new site builds it (peersite:build at
// package) and checks it (peersite:check at verify) with no problem at all, not even a warning.
import java.nio.file.*

File site = new File(basedir, 'generated/peer-notes')
String log = new File(basedir, 'build.log').getText('UTF-8')

// The files a new site needs, with .gitignore named and {{date}} filled in (SOURCE_DATE_EPOCH is 1 May 2024).
['pom.xml', '.gitignore', '.github/workflows/pages.yml', 'content/site.yaml', 'content/index.md',
 'content/about.md', 'content/concepts/peer-advantage.md', 'content/interviews/an-example-interview.md',
 'content/frameworks/three-steps-of-a-peer-check-in.md', 'content/guides/a-first-peer-meeting.md',
 'templates/layouts/base.ftlh', 'templates/assets/site.css', 'templates/archetypes/guide.md'].each {
    assert new File(site, it).isFile() : "missing ${it}"
}
assert !new File(site, 'gitignore').exists()
assert new File(site, 'content/interviews/an-example-interview.md').getText('UTF-8').contains('date: 2024-05-01\n')
String pom = new File(site, 'pom.xml').getText('UTF-8')
assert pom.contains('<groupId>org.example</groupId>') && pom.contains('<artifactId>peer-notes</artifactId>')
assert pom =~ /<artifactId>peersite-maven-plugin<\/artifactId>\s*<version>[0-9][^<]*<\/version>/

// The theme is this repository's own, byte for byte.
Path theme = Paths.get(basedir.absolutePath, '../../../../../templates').normalize()
Files.walk(theme).withCloseable { files ->
    files.filter { Files.isRegularFile(it) }.each { file ->
        Path copy = site.toPath().resolve('templates').resolve(theme.relativize(file).toString())
        assert Files.exists(copy) : "theme file not in the new site: ${theme.relativize(file)}"
        assert Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(copy)) : "differs: ${copy}"
    }
}

// Built and checked with zero problems: 6 pages, nothing at warning level from peersite.
assert log =~ /\[INFO\] 6 pages \(1 interview, 1 framework, 1 guide, 1 concept, 2 pages\), \d+ files written to /
assert log =~ /\[INFO\] site digest sha256:[0-9a-f]{64}/
assert log =~ /\[INFO\] 6 pages \(1 interview, 1 framework, 1 guide, 1 concept, 2 pages\) in /
assert !(log =~ /\[(WARNING|ERROR)\] content\//)
assert log.contains('[INFO] BUILD SUCCESS')
assert new File(site, 'site-output/index.html').isFile()
assert new File(site, 'site-output/guides/a-first-peer-meeting/index.html').getText('UTF-8').contains('A first peer meeting')

return true
