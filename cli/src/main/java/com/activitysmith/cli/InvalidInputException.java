package com.activitysmith.cli;

import java.util.List;
import java.util.stream.Collectors;

/** The input makes no valid request; nothing was sent. Exit code {@link ExitCodes#VALIDATION}. */
final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems is empty");
    }
    this.problems = List.copyOf(problems);
  }

  InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  List<Problem> problems() {
    return problems;
  }
}
