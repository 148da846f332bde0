package io.authpack.core.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * Draws digits as jittered seven-segment strokes over noise lines into a PNG. Only shapes are drawn,
 * no text, so it needs no fonts and runs on a headless server JVM.
 *
 * <p>Thread-safe: no state beyond the shared SecureRandom.
 */
final class CaptchaImage {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Segments a..g per digit, as bits 0..6. */
    private static final int[] SEGMENTS = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};
    private static final int DIGIT_WIDTH = 26;
    private static final int HEIGHT = 60;

    private CaptchaImage() {
    }

    static String pngDataUri(String digits) {
        int width = 20 + digits.length() * (DIGIT_WIDTH + 12);
        BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 245, 240));
            g.fillRect(0, 0, width, HEIGHT);
            for (int i = 0; i < 12; i++) {
                g.setColor(new Color(120 + RANDOM.nextInt(120), 120 + RANDOM.nextInt(120), 120 + RANDOM.nextInt(120)));
                g.setStroke(new BasicStroke(1 + RANDOM.nextInt(2)));
                g.drawLine(RANDOM.nextInt(width), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(width), RANDOM.nextInt(HEIGHT));
            }
            for (int i = 0; i < digits.length(); i++) {
                drawDigit(g, digits.charAt(i) - '0', 14 + i * (DIGIT_WIDTH + 12), 10 + RANDOM.nextInt(6));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static void drawDigit(Graphics2D g, int digit, int x, int y) {
        g.setColor(new Color(RANDOM.nextInt(90), RANDOM.nextInt(90), 60 + RANDOM.nextInt(90)));
        g.setStroke(new BasicStroke(3.5f + RANDOM.nextFloat() * 1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int w = DIGIT_WIDTH - 6;
        int h = 18;
        int[][] segments = {
                {0, 0, w, 0}, {w, 0, w, h}, {w, h, w, 2 * h}, {0, 2 * h, w, 2 * h}, {0, h, 0, 2 * h}, {0, 0, 0, h}, {0, h, w, h}};
        int slant = RANDOM.nextInt(7) - 3;
        for (int s = 0; s < 7; s++) {
            if ((SEGMENTS[digit] & (1 << s)) != 0) {
                int[] p = segments[s];
                g.drawLine(x + p[0] + jitter() + slant * (2 * h - p[1]) / (2 * h), y + p[1] + jitter(),
                        x + p[2] + jitter() + slant * (2 * h - p[3]) / (2 * h), y + p[3] + jitter());
            }
        }
    }

    private static int jitter() {
        return RANDOM.nextInt(3) - 1;
    }
}
