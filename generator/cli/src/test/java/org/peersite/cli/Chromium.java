package org.peersite.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over its DevTools protocol with nothing but the JDK: the process is started with
 * {@code --remote-debugging-port=0}, its WebSocket address read from the {@code DevTools listening on} line it
 * prints, and commands sent as JSON over {@link java.net.http.WebSocket}. Enough for a test to open a page and
 * evaluate JavaScript in it; one page at a time.
 */
final class Chromium implements AutoCloseable {

    /** How long one command may take: a safety net against a hung browser, not a measurement. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");

    private final Process process;
    private final StringBuffer output;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Session browser;

    private Chromium(Process process, StringBuffer output, URI endpoint) {
        this.process = process;
        this.output = output;
        this.browser = connect(endpoint);
    }

    /**
     * Starts Chromium with a fresh profile in {@code profile}. Fails, saying how to install it, when there is no
     * Chromium: the browser test must not pass without a browser.
     */
    static Chromium start(Path profile) throws IOException {
        Path binary = find();
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).start();
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                    Matcher m = Pattern.compile("DevTools listening on (ws://\\S+)").matcher(line);
                    if (m.find()) {
                        endpoint.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException ended) {
                // The browser closed its output: it has exited.
            }
            endpoint.completeExceptionally(new IllegalStateException("Chromium exited before it listened"));
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new Chromium(process, output, endpoint.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("could not start " + binary + ": " + e + "\n" + output, e);
        }
    }

    /** What the browser printed so far, for failure messages. */
    String output() {
        return output.toString();
    }

    /** Opens a page in a new tab and returns a session attached to it. */
    Session open(URI url) {
        String reply = browser.send("Target.createTarget", "{\"url\":" + json(url.toString()) + "}");
        Matcher target = Pattern.compile("\"targetId\":\"([^\"]+)\"").matcher(reply);
        if (!target.find()) {
            throw new AssertionError("no target in " + reply);
        }
        URI endpoint = browser.endpoint;
        return connect(URI.create("ws://" + endpoint.getRawAuthority() + "/devtools/page/" + target.group(1)));
    }

    @Override
    public void close() throws InterruptedException {
        try {
            browser.send("Browser.close", "{}");
        } catch (AssertionError alreadyGone) {
            // Closing is best effort: the process is destroyed below either way.
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Session connect(URI endpoint) {
        Session session = new Session(endpoint);
        try {
            http.newWebSocketBuilder().buildAsync(endpoint, session).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return session;
        } catch (Exception e) {
            throw new AssertionError("cannot reach DevTools at " + endpoint + ": " + e, e);
        }
    }

    /** Where the binary is: -Dpeersite.chromium, or the first of the usual names on the PATH. */
    private static Path find() {
        String given = System.getProperty("peersite.chromium");
        if (given != null && !given.isBlank()) {
            if (!Files.isExecutable(Path.of(given))) {
                throw new AssertionError("-Dpeersite.chromium=" + given + " is not an executable file; point it at"
                        + " Chromium or Chrome, or install Chromium (Debian or Ubuntu: `apt-get install chromium`).");
            }
            return Path.of(given);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("The browser test needs Chromium, and none was found (looked for " + NAMES
                + " on the PATH and the system property peersite.chromium). Install it: on Debian or Ubuntu"
                + " `apt-get install chromium` (CI does this in .ci/run); elsewhere install Chromium or Chrome and"
                + " run with -Dpeersite.chromium=/path/to/chromium.");
    }

    /** The string value in a {@code Runtime.evaluate} reply, JSON escapes undone; {@code null} if there is none. */
    static String stringValue(String reply) {
        String marker = "\"result\":{\"type\":\"string\",\"value\":\"";
        int at = reply.indexOf(marker);
        if (at < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = at + marker.length(); i < reply.length(); i++) {
            char c = reply.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = reply.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(reply.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return null;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** One DevTools WebSocket: commands with ids, replies routed back to them, events ignored. */
    static final class Session implements WebSocket.Listener {

        private static final Pattern REPLY_ID = Pattern.compile("^\\{\"id\":(\\d+),");

        private final URI endpoint;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
        private final StringBuilder frame = new StringBuilder();
        private volatile WebSocket socket;

        private Session(URI endpoint) {
            this.endpoint = endpoint;
        }

        /** Sends a command and waits for its reply (the whole JSON message); fails on an error reply. */
        String send(String method, String params) {
            String message = trySend(method, params);
            if (message.contains("\"error\":")) {
                throw new AssertionError(method + " failed: " + message);
            }
            return message;
        }

        /** Sends a command and waits for its reply, error or not. */
        String trySend(String method, String params) {
            int id = ids.incrementAndGet();
            CompletableFuture<String> reply = new CompletableFuture<>();
            waiting.put(id, reply);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true);
            try {
                return reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError(method + " got no reply within " + PATIENCE);
            } catch (Exception e) {
                throw new AssertionError(method + ": " + e, e);
            }
        }

        /**
         * Evaluates a JavaScript expression in the page and returns the reply, with its value in it; while the page
         * reloads the reply may be an error (no context to run in).
         */
        String evaluate(String expression) {
            return trySend("Runtime.evaluate", "{\"expression\":" + json(expression) + ",\"returnByValue\":true}");
        }

        /**
         * Evaluates an expression whose value is a promise of a string (or a string), waits for it, and returns
         * the string; fails with the page's exception if it threw.
         */
        String evaluateString(String expression) {
            String reply = trySend("Runtime.evaluate", "{\"expression\":" + json(expression)
                    + ",\"returnByValue\":true,\"awaitPromise\":true}");
            String value = stringValue(reply);
            if (value == null) {
                throw new AssertionError("expected a string from " + expression.substring(0, Math.min(80,
                        expression.length())) + "…, got " + reply.substring(0, Math.min(reply.length(), 2000)));
            }
            return value;
        }

        /** Opens another address in this tab and waits until the new document has loaded. */
        void navigate(URI url) throws InterruptedException {
            evaluate("window.peersiteLeaving = true");
            send("Page.navigate", "{\"url\":" + json(url.toString()) + "}");
            await("window.peersiteLeaving === undefined && document.readyState === 'complete'", url + " loaded");
        }

        /** Presses and releases a key ({@code Tab}, {@code Enter}, {@code Escape}, {@code ArrowDown}, {@code /}). */
        void press(String key) {
            int code = switch (key) {
                case "Tab" -> 9;
                case "Enter" -> 13;
                case "Escape" -> 27;
                case "ArrowUp" -> 38;
                case "ArrowDown" -> 40;
                case "/" -> 191;
                default -> throw new IllegalArgumentException("no key code for " + key);
            };
            String text = key.equals("Enter") ? ",\"text\":\"\\r\"" : key.length() == 1 ? ",\"text\":" + json(key) : "";
            String common = "\"key\":" + json(key) + ",\"windowsVirtualKeyCode\":" + code
                    + ",\"nativeVirtualKeyCode\":" + code;
            send("Input.dispatchKeyEvent", "{\"type\":\"" + (text.isEmpty() ? "rawKeyDown" : "keyDown") + "\","
                    + common + text + "}");
            send("Input.dispatchKeyEvent", "{\"type\":\"keyUp\"," + common + "}");
        }

        /** Types text into whatever has the focus, as an input method would. */
        void type(String text) {
            send("Input.insertText", "{\"text\":" + json(text) + "}");
        }

        /** Whether a boolean expression is true in the page now (false while it reloads). */
        boolean isTrue(String expression) {
            return evaluate(expression).contains("\"result\":{\"result\":{\"type\":\"boolean\",\"value\":true}");
        }

        /**
         * Waits until a boolean expression is true in the page, checking every few milliseconds; fails with
         * {@code what} and the page's text after {@link #PATIENCE}.
         */
        void await(String expression, String what) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!isTrue(expression)) {
                if (System.nanoTime() > deadline) {
                    String shown = evaluate("document.body ? document.body.innerText : document.documentElement.outerHTML");
                    throw new AssertionError("the page never showed " + what + " within " + PATIENCE + "; it shows: "
                            + shown.substring(0, Math.min(shown.length(), 1500)));
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                String message = frame.toString();
                frame.setLength(0);
                Matcher id = REPLY_ID.matcher(message);
                if (id.find()) {
                    CompletableFuture<String> reply = waiting.remove(Integer.parseInt(id.group(1)));
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
