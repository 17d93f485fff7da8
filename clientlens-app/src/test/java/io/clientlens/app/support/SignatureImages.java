package io.clientlens.app.support;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** PNG signatures for tests: one with a stroke of ink (different per seed), and a blank pad. */
public final class SignatureImages {
    private SignatureImages() {
    }

    /** A 480×160 transparent PNG with a dark zigzag; {@code seed} moves it so that two signatures differ. */
    public static byte[] signed(int seed) {
        BufferedImage image = new BufferedImage(480, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x10, 0x2a, 0x43));
        g.setStroke(new BasicStroke(3f));
        int x = 40 + seed % 50;
        for (int i = 0; i < 6; i++) {
            g.drawLine(x + i * 60, 120, x + i * 60 + 30, 40 + (seed * 7 + i * 13) % 30);
            g.drawLine(x + i * 60 + 30, 40 + (seed * 7 + i * 13) % 30, x + i * 60 + 60, 120);
        }
        g.dispose();
        return png(image);
    }

    /** A pad nobody signed: a transparent PNG of the same size. */
    public static byte[] blank() {
        return png(new BufferedImage(480, 160, BufferedImage.TYPE_INT_ARGB));
    }

    public static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    public static String base64(byte[] png) {
        return Base64.getEncoder().encodeToString(png);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
