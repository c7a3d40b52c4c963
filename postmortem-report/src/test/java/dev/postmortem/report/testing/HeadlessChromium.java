package dev.postmortem.report.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium (the Debian package's {@code /usr/bin/chromium}) driven over the Chrome
 * DevTools Protocol with {@link java.net.http.WebSocket}: no driver and no library beyond the JDK
 * and Jackson. The browser runs with a fresh profile, no background networking, and its DevTools
 * port on the loopback interface; {@link #close()} ends it and deletes the profile.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
    private volatile Consumer<JsonNode> listener = e -> {};
    private String session = "";

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /**
     * The browser's executable: {@code CHROMIUM} from the environment, else {@code /usr/bin/chromium}.
     *
     * @return the path, if it exists
     */
    public static Optional<Path> executable() {
        String env = System.getenv("CHROMIUM");
        Path p = env == null || env.isBlank() ? Path.of("/usr/bin/chromium") : Path.of(env);
        return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }

    /**
     * Starts the browser and opens one blank page, with the Runtime, Log, Network and Page domains on.
     *
     * @param chromium the executable
     * @param width the viewport's width
     * @param height the viewport's height
     * @return the browser
     * @throws Exception if it does not start
     */
    public static HeadlessChromium start(Path chromium, int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("postmortem-chromium");
        Process p = new ProcessBuilder(
                        chromium.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                        "--disable-dev-shm-usage",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        Path port = profile.resolve("DevToolsActivePort");
        Instant until = Instant.now().plus(TIMEOUT);
        List<String> lines = List.of();
        while (Instant.now().isBefore(until)) {
            if (Files.exists(port)) {
                lines = Files.readAllLines(port, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    break;
                }
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("chromium exited with " + p.exitValue() + ": "
                        + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        if (lines.size() < 2) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium wrote no DevToolsActivePort within " + TIMEOUT);
        }
        URI uri = URI.create(
                "ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        HeadlessChromium[] self = new HeadlessChromium[1];
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder buffer = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        buffer.append(data);
                        if (last) {
                            String message = buffer.toString();
                            buffer.setLength(0);
                            while (self[0] == null) {
                                Thread.onSpinWait();
                            }
                            self[0].receive(message);
                        }
                        w.request(1);
                        return null;
                    }
                })
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        HeadlessChromium c = new HeadlessChromium(p, profile, ws);
        self[0] = c;
        JsonNode target = c.browser("Target.createTarget", Map.of("url", "about:blank"));
        JsonNode attached = c.browser(
                "Target.attachToTarget",
                Map.of("targetId", target.get("targetId").asString(), "flatten", true));
        c.session = attached.get("sessionId").asString();
        c.send("Runtime.enable", Map.of());
        c.send("Log.enable", Map.of());
        c.send("Network.enable", Map.of());
        c.send("Page.enable", Map.of());
        c.send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return c;
    }

    private void receive(String message) {
        JsonNode m = JSON.readTree(message);
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
                if (m.has("error")) {
                    f.completeExceptionally(new IllegalStateException("CDP error: " + m.get("error")));
                } else {
                    f.complete(m.get("result"));
                }
            }
        } else {
            events.add(m);
            listener.accept(m);
        }
    }

    private JsonNode browser(String method, Map<String, Object> params) throws Exception {
        return call(method, params, "");
    }

    /**
     * Sends a command to the page and waits for its result.
     *
     * @param method the CDP method
     * @param params its parameters
     * @return the result
     * @throws Exception on a CDP error or a timeout
     */
    public JsonNode send(String method, Map<String, Object> params) throws Exception {
        return call(method, params, session);
    }

    private JsonNode call(String method, Map<String, Object> params, String sessionId) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("method", method);
        m.set("params", JSON.valueToTree(params));
        if (!sessionId.isEmpty()) {
            m.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.writeValueAsString(m), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Opens a URL and waits for its load event.
     *
     * @param url the URL
     * @throws Exception on a timeout
     */
    public void open(String url) throws Exception {
        CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
        listener = e -> {
            if (e.path("method").asString("").equals("Page.loadEventFired")) {
                loaded.complete(e);
            }
        };
        send("Page.navigate", Map.of("url", url));
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Evaluates JavaScript in the page.
     *
     * @param expression the expression; its value must be a string
     * @return the string
     * @throws Exception on an exception in the page
     */
    public String evaluate(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value").asString();
    }

    /**
     * A PNG of a part of the page, beyond the viewport if need be.
     *
     * @param width the width
     * @param height the height from the top
     * @return the PNG's bytes
     * @throws Exception on a CDP error
     */
    public byte[] screenshot(int width, int height) throws Exception {
        JsonNode r = send(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode(r.get("data").asString());
    }

    /**
     * Every event received so far, as CDP sent it.
     *
     * @return a copy of the events
     */
    public List<JsonNode> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.abort();
        } finally {
            // Chromium's helpers (network service, crash handler) are children of the main process
            // and can still write into the profile after it exits, so they are ended first.
            List<ProcessHandle> helpers = process.descendants().toList();
            helpers.forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                for (ProcessHandle helper : helpers) {
                    helper.onExit().get(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                helpers.forEach(ProcessHandle::destroyForcibly);
            }
            deleteProfile();
        }
    }

    /**
     * Deletes the profile; a file that vanishes or appears during the walk (a helper that was
     * still closing its files) is not an error, and the walk is tried three times.
     */
    private void deleteProfile() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.walkFileTree(profile, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
                return;
            } catch (NoSuchFileException | DirectoryNotEmptyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
