package io.clientlens.app.cli;

import io.clientlens.app.suitability.Actors;
import io.clientlens.suitability.Actor;
import picocli.CommandLine.Option;

/** PROVISIONAL: the acting user and role on the command line, until real sign-in replaces them. */
class ActorOptions {
    @Option(names = "--user", paramLabel = "NAME", description = "Acting user (provisional, until sign-in)")
    String user;

    @Option(names = "--role", paramLabel = "ROLE", description = "RM, SALES, SUPERVISOR or HEAD_OF_WEALTH (provisional)")
    String role;

    Actor actor() {
        return Actors.claimed(user, role, "--user", "--role");
    }
}
