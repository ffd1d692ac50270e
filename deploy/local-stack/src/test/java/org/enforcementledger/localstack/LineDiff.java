package org.enforcementledger.localstack;

import java.util.List;

/**
 * The lines two texts do not share, as hunks: {@code @@}, then the first text's lines of the hunk ({@code -}), then the
 * second's ({@code +}). No line numbers and no context: two copies that change alike keep the same difference.
 */
final class LineDiff {

    private LineDiff() {
    }

    /** The hunks, one line each ending in a newline; empty when the texts are the same. */
    static String hunks(List<String> left, List<String> right) {
        // common[i][j]: the length of the longest common subsequence of left[i..] and right[j..].
        int[][] common = new int[left.size() + 1][right.size() + 1];
        for (int i = left.size() - 1; i >= 0; i--) {
            for (int j = right.size() - 1; j >= 0; j--) {
                common[i][j] = left.get(i).equals(right.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size() && j < right.size() && left.get(i).equals(right.get(j))) {
                flush(out, removed, added);
                i++;
                j++;
            } else if (j == right.size() || (i < left.size() && common[i + 1][j] >= common[i][j + 1])) {
                removed.append('-').append(left.get(i++)).append('\n');
            } else {
                added.append('+').append(right.get(j++)).append('\n');
            }
        }
        flush(out, removed, added);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder removed, StringBuilder added) {
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        out.append("@@\n").append(removed).append(added);
        removed.setLength(0);
        added.setLength(0);
    }
}
