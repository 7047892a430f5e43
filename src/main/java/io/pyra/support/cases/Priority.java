package io.pyra.support.cases;

/**
 * A case's priority from the customer's grade and the severity (seed 004: a grade-A customer's
 * complaint first): 1 = A serious, 2 = A minor, 3 = B serious, 4 = B minor, 5 = C serious, 6 = C
 * minor. A customer without a grade counts as grade C. A manager may override it with a reason.
 */
public final class Priority {

  public static final int HIGHEST = 1;
  public static final int LOWEST = 6;

  private Priority() {}

  public static int of(String grade, Severity severity) {
    int byGrade =
        switch (grade == null ? "C" : grade) {
          case "A" -> 0;
          case "B" -> 1;
          default -> 2;
        };
    return 1 + byGrade * 2 + (severity == Severity.SERIOUS ? 0 : 1);
  }

  /** The grade a case counts with: the customer's, or C when they have none. */
  public static String gradeOrLowest(String grade) {
    return grade == null || !(grade.equals("A") || grade.equals("B")) ? "C" : grade;
  }
}
