package pyvm.course.grade;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pyvm.course.Stage;

/**
 * The result of grading one submission: every case with its outcome, the points per category, and
 * the problems that kept the submission from running at all. Printed as a table for a terminal and
 * as the results.json Gradescope reads.
 *
 * @param problems the submission check's findings; when there are any, no case ran
 */
public record Report(Stage stage, String name, List<Entry> entries, List<String> problems) {

    /** One case and how it went. */
    public record Entry(Case c, Outcome outcome) {
        /** {@return the points earned} */
        public int score() {
            return outcome.passed() ? c.points() : 0;
        }
    }

    public Report {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** {@return the points earned over all cases} */
    public int score() {
        return entries.stream().mapToInt(Entry::score).sum();
    }

    /** {@return the points all cases are worth} */
    public int maxScore() {
        return entries.stream().mapToInt(e -> e.c().points()).sum();
    }

    /** {@return true when every case passed} */
    public boolean allPassed() {
        return problems.isEmpty() && entries.stream().allMatch(e -> e.outcome().passed());
    }

    /** {@return the summary: one row per category with cases passed and points, then the total} */
    public String table() {
        Map<Category, int[]> rows = new TreeMap<>();
        for (Entry e : entries) {
            int[] row = rows.computeIfAbsent(e.c().category(), k -> new int[4]);
            row[0] += e.outcome().passed() ? 1 : 0;
            row[1]++;
            row[2] += e.score();
            row[3] += e.c().points();
        }
        StringBuilder t = new StringBuilder(String.format("%-22s %12s %12s%n", "category", "passed", "points"));
        rows.forEach((category, r) -> t.append(String.format("%-22s %12s %12s%n", category.title(), r[0] + "/" + r[1], r[2] + "/" + r[3])));
        t.append(String.format("%-22s %12s %12s%n", "total", "", score() + "/" + maxScore()));
        return "grading the " + stage.key() + " named " + name + "\n" + t;
    }

    /** {@return the failures a student may see, each with its feedback} */
    public String failures() {
        StringBuilder s = new StringBuilder();
        problems.forEach(p -> s.append("REJECTED: ").append(p).append('\n'));
        if (!problems.isEmpty()) return s.toString();
        for (Entry e : entries)
            if (!e.outcome().passed())
                s.append("FAILED ").append(e.c().category().title()).append(": ")
                        .append(e.c().visible() ? e.c().name() + "\n" + e.outcome().feedback().indent(4) : "a hidden case\n");
        return s.toString();
    }

    /**
     * {@return Gradescope's results.json: the total score and one test per case with its name, score,
     * max_score, status, output and visibility} Hidden cases are graded but shown only after publishing.
     */
    public String gradescope() {
        StringBuilder j = new StringBuilder("{\n  \"score\": ").append(score())
                .append(",\n  \"output\": ").append(Json.string(table() + (problems.isEmpty() ? "" : failures())))
                .append(",\n  \"visibility\": \"visible\",\n  \"tests\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            j.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(Json.string(e.c().category().title() + ": " + e.c().name()))
                    .append(", \"score\": ").append(e.score())
                    .append(", \"max_score\": ").append(e.c().points())
                    .append(", \"status\": \"").append(e.outcome().passed() ? "passed" : "failed").append('"')
                    .append(", \"output\": ").append(Json.string(e.outcome().feedback()))
                    .append(", \"visibility\": \"").append(e.c().visible() ? "visible" : "after_published").append("\"}");
        }
        return j.append("\n  ]\n}\n").toString();
    }
}
