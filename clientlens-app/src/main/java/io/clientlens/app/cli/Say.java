package io.clientlens.app.cli;

import io.clientlens.code.Language;

/** Chooses between the Chinese and English text of a message for the CLI. */
record Say(Language language) {
    String t(String zh, String en) {
        return language == Language.EN ? en : zh;
    }
}
