package io.clientlens.app.suitability;

import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The signatures of the written confirmation: PNG images drawn on the signature pad of the page, or
 * given as base64 over REST and as files on the command line. An image is accepted only if it is a
 * readable PNG of a sensible size with ink on it; a blank pad is not a signature (docs/SUITABILITY.md,
 * "Signatures").
 */
public final class Signatures {
    /** The largest PNG accepted, in bytes. */
    public static final int MAX_BYTES = 512 * 1024;
    /** The largest side of the image, in pixels. */
    public static final int MAX_SIDE = 4000;
    /** The fewest ink pixels (not transparent, not near white) that make a signature. */
    public static final int MIN_INK_PIXELS = 50;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String DATA_URL = "data:image/png;base64,";

    private Signatures() {
    }

    /** Who signs: the field each is given in, and how it is named to people. */
    public enum Signer {
        CUSTOMER("customerSignature", Label.of("客户签名", "Customer's signature"), "the customer's signature"),
        RM("rmSignature", Label.of("理财经理签名", "RM's signature"), "the RM's signature");

        private final String field;
        private final Label label;
        private final String inSentence;

        Signer(String field, Label label, String inSentence) {
            this.field = field;
            this.label = label;
            this.inSentence = inSentence;
        }

        public String field() {
            return field;
        }

        public Label label() {
            return label;
        }
    }

    /** An accepted signature image. */
    public record Signature(Signer signer, byte[] png, String sha256, int width, int height, int inkPixels) {
    }

    /**
     * The signature given as base64 (a {@code data:image/png;base64,} URL as the signature pad posts
     * it, or the bare base64 text); null with the problem added when it is missing or no signature.
     */
    public static Signature fromBase64(Signer signer, String encoded, List<FieldProblem> problems) {
        if (encoded == null || encoded.isBlank()) {
            problems.add(new FieldProblem(signer.field(), "缺少" + signer.label().zh() + "：请在签名板上签名（PNG 图片）",
                    "missing: " + signer.inSentence + " is required (a PNG image, signed on the pad)"));
            return null;
        }
        String text = encoded.strip();
        if (text.regionMatches(true, 0, "data:", 0, 5)) {
            if (!text.regionMatches(true, 0, DATA_URL, 0, DATA_URL.length())) {
                problems.add(problem(signer, "应为 PNG 图片（data:image/png;base64,…）", "expected a PNG image (data:image/png;base64,…)"));
                return null;
            }
            text = text.substring(DATA_URL.length());
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            problems.add(problem(signer, "不是有效的 base64 编码（应为 PNG 图片的 base64）", "not valid base64; expected the base64 of a PNG image"));
            return null;
        }
        return fromBytes(signer, bytes, problems);
    }

    /** The signature as the PNG file's bytes; null with the problem added when it is no signature. */
    public static Signature fromBytes(Signer signer, byte[] png, List<FieldProblem> problems) {
        if (png.length == 0) {
            problems.add(problem(signer, "图片为空", "the image is empty"));
            return null;
        }
        if (png.length > MAX_BYTES) {
            problems.add(problem(signer, "图片过大：最多 " + MAX_BYTES / 1024 + " KB，实有 " + (png.length + 1023) / 1024 + " KB",
                    "too large: at most " + MAX_BYTES / 1024 + " KB, found " + (png.length + 1023) / 1024 + " KB"));
            return null;
        }
        if (png.length < 24 || !Arrays.equals(png, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)) {
            problems.add(problem(signer, "不是 PNG 图片", "not a PNG image"));
            return null;
        }
        // the size from the header, before decoding: a small file may claim a huge image
        long width = Integer.toUnsignedLong(ByteBuffer.wrap(png, 16, 4).getInt());
        long height = Integer.toUnsignedLong(ByteBuffer.wrap(png, 20, 4).getInt());
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            problems.add(problem(signer, "图片尺寸应在 1–" + MAX_SIDE + " 像素之间，实为 " + width + "×" + height,
                    "expected 1 to " + MAX_SIDE + " pixels a side, found " + width + "×" + height));
            return null;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            problems.add(problem(signer, "PNG 图片无法读取（文件已损坏？）", "the PNG image cannot be read (is the file damaged?)"));
            return null;
        }
        int ink = inkPixels(image);
        if (ink < MIN_INK_PIXELS) {
            problems.add(problem(signer, "签名为空白：图片上没有笔迹，请在签名板上签名",
                    "blank: there is no ink on the image; sign on the pad"));
            return null;
        }
        return new Signature(signer, png, sha256(png), image.getWidth(), image.getHeight(), ink);
    }

    /** Pixels that are ink: mostly opaque and darker than near-white (a white background is no ink). */
    static int inkPixels(BufferedImage image) {
        int ink = 0;
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
            for (int argb : row) {
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (alpha >= 64 && (299 * r + 587 * g + 114 * b) / 1000 < 200) {
                    ink++;
                }
            }
        }
        return ink;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldProblem problem(Signer signer, String zh, String en) {
        return new FieldProblem(signer.field(), signer.label().zh() + "：" + zh, signer.label().en() + ": " + en);
    }
}
