package com.activitysmith.checker;

import com.activitysmith.exception.Violation;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Finds the DSL chains of one compilation unit, evaluates each whose values are known, and
 * reports what the client's validators refuse at the argument that set it.
 *
 * <p>A violation is reported only when it stays the same whatever the unknown arguments are: the
 * chain is evaluated with each unknown argument's second stand-in too, and a violation that
 * changes or disappears is left to the run-time check.
 *
 * <p>Only walking the trees and building the models needs javac; evaluating and validating a
 * built model does not, and runs on {@link Evaluations}' thread while the walk goes on. {@link
 * #finish} then reports what every chain and call broke, in the order of the source.
 */
final class ChainChecker extends TreePathScanner<Void, Void> {
  private static final String SUPPRESS = "activitysmith";

  private final Trees trees;
  private final ChainModel.Builder builder;
  private final CompilationUnitTree unit;
  private final Set<String> reported;
  private final Evaluations evaluations;
  private final List<Pending> pending = new ArrayList<>();

  /** A violation and the tree to report it at. */
  private record Finding(TreePath at, Violation violation) {}

  /** The findings of one chain or client call, {@code context} being where suppression is looked up. */
  private record Pending(TreePath context, Future<List<Finding>> findings) {}

  ChainChecker(Trees trees, ChainModel.Builder builder, CompilationUnitTree unit, Set<String> reported,
      Evaluations evaluations) {
    this.trees = trees;
    this.builder = builder;
    this.unit = unit;
    this.reported = reported;
    this.evaluations = evaluations;
  }

  /**
   * Reports the findings of every chain and call scanned, in source order, once each is known;
   * throws what an evaluation threw (a {@link ChainModel.Mismatch}).
   */
  void finish() throws Exception {
    // The second thread takes the tasks from the first on; this one helps from the last back.
    for (int i = pending.size() - 1; i >= 0; i--) {
      Evaluations.runHere(pending.get(i).findings());
    }
    for (int i = 0; i < pending.size(); i++) {
      Pending next = pending.get(i);
      List<Finding> findings;
      try {
        findings = Evaluations.result(next.findings());
      } catch (Exception | Error e) {
        for (Pending rest : pending.subList(i + 1, pending.size())) {
          rest.findings().cancel(false);
        }
        throw e;
      }
      for (Finding finding : findings) {
        report(finding.at(), finding.violation(), next.context());
      }
    }
    pending.clear();
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    TreePath path = getCurrentPath();
    Element element = trees.getElement(path);
    if (element instanceof ExecutableElement method) {
      if (builder.isDsl(method) && isChainEnd(path)) {
        checkChain(path);
      } else if (method.getEnclosingElement() instanceof TypeElement owner
          && owner.getQualifiedName().toString().startsWith("com.activitysmith.")) {
        checkClientCall(path, node, owner.getQualifiedName().toString(), method.getSimpleName().toString());
      }
    }
    return super.visitMethodInvocation(node, unused);
  }

  /** A DSL call whose result no further DSL call continues, and whose type is a payload. */
  private boolean isChainEnd(TreePath path) {
    TreePath parent = path.getParentPath();
    if (parent.getLeaf() instanceof MemberSelectTree && parent.getParentPath().getLeaf() instanceof MethodInvocationTree) {
      if (builder.isDsl(trees.getElement(parent.getParentPath()))) {
        return false;
      }
    }
    TypeMirror type = trees.getTypeMirror(path);
    return type != null && type.getKind() == TypeKind.DECLARED;
  }

  private void checkChain(TreePath path) {
    List<Method> conversions;
    try {
      conversions = Requests.conversions(builder.classOf(trees.getTypeMirror(path)));
    } catch (ChainModel.Unsupported e) {
      return;
    }
    if (conversions.isEmpty()) {
      return;
    }
    ChainModel model;
    try {
      model = builder.build(path);
    } catch (ChainModel.Unsupported e) {
      return;
    }
    List<Method> convert = conversions;
    pending.add(new Pending(path, evaluations.submit(() -> findings(model, convert))));
  }

  /** Evaluates and validates a built model; needs no compiler state, so it runs on either thread. */
  private static List<Finding> findings(ChainModel model, List<Method> conversions) {
    List<Finding> out = new ArrayList<>();
    Requests.Outcome first = run(model, Map.of(), conversions, out);
    if (first == null) {
      return out;
    }
    if (first.violations().isEmpty()) {
      return out;
    }
    Set<Violation> kept = new LinkedHashSet<>(first.violations());
    for (ChainModel.Input input : model.inputs) {
      if (!input.constant) {
        Requests.Outcome other = run(model, Map.of(input, input.alternative), conversions, out);
        if (other == null) {
          return out;
        }
        // Dropped when the unknown value changes the violation or the field it is about: a
        // metadata key known only at run time may repeat another and so shrink the count.
        kept.removeIf(v -> !other.violations().contains(v)
            || first.tree() == null || other.tree() == null || !Objects.equals(first.at(v.path()), other.at(v.path())));
      }
    }
    Map<ChainModel.Input, Requests.Outcome> perturbed = new HashMap<>();
    for (Violation violation : kept) {
      out.add(new Finding(locate(model, first, violation, perturbed, conversions), violation));
    }
    return out;
  }

  /**
   * Evaluates and validates; null when a DSL method threw. A throw on known values alone is what
   * the run time would throw too, so it is added to {@code out}.
   */
  private static Requests.Outcome run(ChainModel model, Map<ChainModel.Input, Object> overrides,
      List<Method> conversions, List<Finding> out) {
    try {
      return Requests.check(model.evaluate(overrides), conversions);
    } catch (ChainModel.EvaluationFailure failure) {
      Throwable cause = failure.getCause();
      if (overrides.isEmpty() && model.allConstant() && cause instanceof IllegalArgumentException) {
        out.add(new Finding(model.path, new Violation("", "InvalidArgument", String.valueOf(cause.getMessage()))));
        return null;
      }
      if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
        return null;
      }
      throw new ChainModel.Mismatch("a DSL call threw " + cause, cause);
    }
  }

  /**
   * The argument a violation is about: among the known inputs, the ones that change the field at
   * the violation's path; if several do (ten metrics), the smallest expression holding them all.
   */
  private static TreePath locate(ChainModel model, Requests.Outcome first, Violation violation,
      Map<ChainModel.Input, Requests.Outcome> perturbed, List<Method> conversions) {
    Object field = first.at(violation.path());
    List<ChainModel.Input> owners = new ArrayList<>();
    List<ChainModel.Input> causes = new ArrayList<>();
    for (ChainModel.Input input : model.inputs) {
      if (!input.constant || Objects.equals(input.primary, input.alternative)) {
        continue;
      }
      Requests.Outcome other = perturbed.computeIfAbsent(input,
          in -> run(model, Map.of(in, in.alternative), conversions, new ArrayList<>()));
      if (other == null) {
        continue;
      }
      boolean changesField = first.tree() != null && other.tree() != null && !Objects.equals(field, other.at(violation.path()));
      boolean changesViolation = !other.violations().contains(violation);
      if (changesField) {
        owners.add(input);
      }
      if (changesViolation) {
        causes.add(input);
      }
    }
    List<ChainModel.Input> both = new ArrayList<>(owners);
    both.retainAll(causes);
    List<ChainModel.Input> chosen = !both.isEmpty() ? both : !owners.isEmpty() ? owners : causes;
    if (chosen.isEmpty()) {
      return model.path;
    }
    List<TreePath> paths = new ArrayList<>();
    chosen.forEach(input -> paths.add(input.path));
    return commonAncestor(paths);
  }

  private static TreePath commonAncestor(List<TreePath> paths) {
    if (paths.size() == 1) {
      return paths.get(0);
    }
    for (TreePath candidate = paths.get(0); candidate != null; candidate = candidate.getParentPath()) {
      boolean holdsAll = true;
      for (TreePath other : paths) {
        if (!contains(candidate, other)) {
          holdsAll = false;
          break;
        }
      }
      if (holdsAll) {
        return candidate;
      }
    }
    return paths.get(0);
  }

  private static boolean contains(TreePath ancestor, TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() == ancestor.getLeaf()) {
        return true;
      }
    }
    return false;
  }

  private void checkClientCall(TreePath path, MethodInvocationTree node, String owner, String method) {
    List<Finding> findings = new ArrayList<>();
    List<? extends ExpressionTree> arguments = node.getArguments();
    ClientCalls.PathParameter key = ClientCalls.keyOf(owner, method);
    if (key != null && !arguments.isEmpty()) {
      TreePath argument = new TreePath(path, arguments.get(0));
      if (builder.folder().fold(argument) instanceof String value) {
        ClientCalls.checkKey(key, value).forEach(v -> findings.add(new Finding(argument, v)));
      }
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (ClientCalls.isValue(owner, method, i)) {
        TreePath argument = new TreePath(path, arguments.get(i));
        Object value = builder.folder().fold(argument);
        if (value instanceof Number || value instanceof String) {
          ClientCalls.checkValue(owner, value).forEach(v -> findings.add(new Finding(argument, v)));
        }
      }
    }
    if (!findings.isEmpty()) {
      // Reported in finish() with the chains', so that the errors come in the order of the source.
      pending.add(new Pending(path, CompletableFuture.completedFuture(findings)));
    }
  }

  private void report(TreePath at, Violation violation, TreePath context) {
    String id = Ids.id(violation.rule());
    if (suppressed(context, id)) {
      return;
    }
    String message = Ids.message(violation);
    SourcePositions positions = trees.getSourcePositions();
    long start = positions.getStartPosition(unit, at.getLeaf());
    if (reported.add(unit.getSourceFile().toUri() + ":" + start + ":" + message)) {
      trees.printMessage(Diagnostic.Kind.ERROR, message, at.getLeaf(), unit);
    }
  }

  /** Whether {@code @SuppressWarnings("activitysmith")} (or {@code "activitysmith:Id"}) covers the chain. */
  private boolean suppressed(TreePath path, String id) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof ClassTree || leaf instanceof MethodTree || leaf instanceof VariableTree) {
        Element element = trees.getElement(p);
        SuppressWarnings suppress = element == null ? null : element.getAnnotation(SuppressWarnings.class);
        if (suppress != null) {
          for (String value : suppress.value()) {
            if (value.equals(SUPPRESS) || value.equals(SUPPRESS + ":" + id)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
