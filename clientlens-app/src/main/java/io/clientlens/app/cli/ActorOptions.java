package io.clientlens.app.cli;

import io.clientlens.app.security.Actors;
import io.clientlens.staff.Actor;
import picocli.CommandLine.Option;

/**
 * The acting user and role on the command line. The CLI runs as the machine's operator, who is trusted
 * to name them (the server's users sign in instead); both are recorded in the audit trail.
 */
class ActorOptions {
    @Option(names = "--user", paramLabel = "NAME", description = "Acting user, recorded in the audit trail")
    String user;

    @Option(names = "--role", paramLabel = "ROLE", description = "Acting role: RM, SALES, SUPERVISOR or HEAD_OF_WEALTH")
    String role;

    Actor actor() {
        return Actors.claimed(user, role, "--user", "--role");
    }
}
