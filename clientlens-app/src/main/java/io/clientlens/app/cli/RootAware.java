package io.clientlens.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** Gives subcommands the global options of the root command. */
abstract class RootAware {
    @Spec
    CommandSpec spec;

    ClientLensCommand root() {
        return (ClientLensCommand) spec.root().userObject();
    }

    Say say() {
        return new Say(root().language());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
