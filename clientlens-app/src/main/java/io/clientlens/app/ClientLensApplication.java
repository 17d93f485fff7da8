package io.clientlens.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application behind {@code serve} and every command that needs the database. */
@SpringBootApplication(scanBasePackages = "io.clientlens.app")
public class ClientLensApplication {
}
