package dev.demarc.quiz;

/** How many answers were right out of how many questions; a percentage rounded to the nearest whole. */
public record Score(int right, int total) {

    public Score {
        if (right < 0 || total < 0 || right > total) {
            throw new IllegalArgumentException("Not a score: " + right + " of " + total);
        }
    }

    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * right / total);
    }

    /** "10 / 14 (71%)". */
    public String describe() {
        return right + " / " + total + " (" + percent() + "%)";
    }
}
