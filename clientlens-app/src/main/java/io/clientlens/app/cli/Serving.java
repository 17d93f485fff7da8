package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Keeps a started server running until the process is asked to stop, then closes it (and its database) cleanly. */
final class Serving {
    private Serving() {
    }

    static void untilStopped(Launcher app, PrintWriter out, Say say, int port) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "clientlens-stop"));
        out.println(say.t("ClientLens 已启动：", "ClientLens is running at ") + "http://localhost:" + port + "/");
        out.println(say.t("API 文档：", "API docs: ") + "http://localhost:" + port + "/swagger-ui.html");
        out.println(say.t("按 Ctrl-C 停止。", "Press Ctrl-C to stop."));
        out.flush();
        stopped.await();
    }
}
