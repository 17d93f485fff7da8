package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server (web pages and REST API under /api/v1). Stop with Ctrl-C.")
class ServeCommand extends RootAware implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080)")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        Launcher app = root().start(port);
        Serving.untilStopped(app, out(), say(), port);
        return 0;
    }
}
