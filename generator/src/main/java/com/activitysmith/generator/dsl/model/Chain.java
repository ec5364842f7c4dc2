package com.activitysmith.generator.dsl.model;

import java.util.List;

/**
 * The grammar of one Live Activity type in one phase:
 * {@code entry step* option*}, where the entry method picks the type and takes the type's entry
 * fields (the same overloads in every phase, plus the bare method where the phase requires none
 * of them), each step sets a required field (or one group of a one-of), and options may follow in
 * any order once every requirement is met. No option sets an entry field.
 *
 * @param typeWire the type's wire name ({@code segmented_progress})
 * @param description what the type shows
 * @param binding the phase
 * @param baseName the finished step's simple name ({@code SegmentedProgressStart})
 * @param entries the chooser's methods for this type (overloads for one-of groups)
 * @param steps the required steps after the entry, in order
 * @param options the optional setters of the finished step
 */
public record Chain(
    String typeWire,
    String description,
    PhaseBinding binding,
    String baseName,
    List<DslMethod> entries,
    List<Step> steps,
    List<DslMethod> options) {

  /**
   * Copies the lists.
   *
   * @param typeWire the type's wire name ({@code segmented_progress})
   * @param description what the type shows
   * @param binding the phase
   * @param baseName the finished step's simple name ({@code SegmentedProgressStart})
   * @param entries the chooser's methods for this type (overloads for one-of groups)
   * @param steps the required steps after the entry, in order
   * @param options the optional setters of the finished step
   */
  public Chain {
    entries = List.copyOf(entries);
    steps = List.copyOf(steps);
    options = List.copyOf(options);
  }

  /**
   * One required step: its name part ({@code CurrentStep}) and its alternative methods.
   *
   * @param name the step interface's name part
   * @param methods one method per alternative
   */
  public record Step(String name, List<DslMethod> methods) {
    /**
     * Copies the methods.
     *
     * @param name the step interface's name part
     * @param methods one method per alternative
     */
    public Step {
      methods = List.copyOf(methods);
    }
  }
}
