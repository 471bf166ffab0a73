// What `peersite init` does after copying, done for `mvn archetype:generate` too: today's date (from
// SOURCE_DATE_EPOCH when it is set, in UTC, so a build can be reproduced) goes where {{date}} stands, and
// gitignore becomes .gitignore (a file named .gitignore would not survive packaging the archetype).
import java.nio.file.*
import java.time.*

def site = Paths.get(request.outputDirectory, request.artifactId)
def epoch = System.getenv('SOURCE_DATE_EPOCH')
def today = epoch ? LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC)
        : LocalDate.now()
Files.walk(site.resolve('content')).withCloseable { files ->
    files.filter { it.toString().endsWith('.md') }.each { file ->
        def text = new String(Files.readAllBytes(file), 'UTF-8')
        if (text.contains('{{date}}')) {
            Files.write(file, text.replace('{{date}}', today.toString()).getBytes('UTF-8'))
        }
    }
}
Files.move(site.resolve('gitignore'), site.resolve('.gitignore'))
