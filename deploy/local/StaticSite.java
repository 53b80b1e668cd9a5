import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a folder of static pages on loopback, for the demo site: {@code java StaticSite.java PORT DIR}.
 * Run as a single-file source program, so it needs no build.
 */
public class StaticSite {
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]).toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serve(exchange, root));
        server.start();
        System.out.println("serving " + root + " on http://127.0.0.1:" + port + "/");
    }

    private static void serve(HttpExchange exchange, Path root) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".xml") ? "application/xml" : name.endsWith(".yaml") ? "text/yaml"
                : "application/octet-stream");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
