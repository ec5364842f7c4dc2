package com.activitysmith.checker;

import com.google.auto.service.AutoService;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Checks the literal values of ActivitySmith DSL chains while {@code javac} compiles them: a
 * {@code segmented(4).step(5)}, a {@code progress(120)} or an {@code openUrl("Open", "ftp://..")}
 * fails the build at the argument, with the message the client would throw at run time.
 *
 * <pre>{@code
 * [activitysmith:StepRange] current_step 5 exceeds number_of_steps 4; raise number_of_steps or lower current_step
 * }</pre>
 *
 * <p>Add the {@code activitysmith-dsl-checker} artifact to the compiler's
 * {@code annotationProcessorPaths}; nothing else is needed. After javac has analysed each class, the
 * checker evaluates every chain whose arguments are compile-time constants (literals, constant
 * expressions, static finals) with the DSL itself and runs the client's generated validators on
 * the request it makes. Arguments known only at run time are stood in for, and what depends on
 * them is left to the client's check before sending. {@code @SuppressWarnings("activitysmith")} on a
 * class, method or variable turns the check off there ({@code "activitysmith:StepRange"} only that
 * rule). An internal failure of the checker becomes one warning, never a failed build.
 */
@AutoService(Processor.class)
public final class LiteralCheckProcessor extends AbstractProcessor {
  private boolean failed;
  private @Nullable Trees trees;
  private boolean warming;
  private final Evaluations evaluations = new Evaluations();

  /** Creates the processor; javac does this when it finds it on the processor path. */
  public LiteralCheckProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // "*" so that javac runs it for every compilation; it claims nothing.
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    JavacTask task;
    Trees trees;
    try {
      task = JavacTask.instance(env);
      trees = Trees.instance(env);
      this.trees = trees;
    } catch (RuntimeException | LinkageError e) {
      warn("this compiler is not javac (" + e + "); DSL literals are checked at run time only");
      return;
    }
    ChainModel.Builder builder = new ChainModel.Builder(trees, env.getTypeUtils(), env.getElementUtils(),
        LiteralCheckProcessor.class.getClassLoader());
    Set<String> reported = new HashSet<>();
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.COMPILATION) {
          evaluations.shutdown();
          return;
        }
        if (event.getKind() != TaskEvent.Kind.ANALYZE || failed || event.getTypeElement() == null) {
          return;
        }
        try {
          check(trees, builder, event.getCompilationUnit(), event.getTypeElement(), reported);
        } catch (Throwable t) {
          if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
          }
          failed = true;
          warn("the ActivitySmith literal check stopped in " + event.getTypeElement() + " and checks nothing more in this"
              + " compilation: " + t + "; the client still checks every request before sending it");
        }
      }
    });
  }

  /** Checks one analysed class; package-private so that tests can make it fail. */
  void check(Trees trees, ChainModel.Builder builder, CompilationUnitTree unit, TypeElement type, Set<String> reported)
      throws Exception {
    TreePath path = trees.getPath(type);
    if (path != null) {
      ChainChecker checker = new ChainChecker(trees, builder, unit, reported, evaluations);
      checker.scan(path, null);
      checker.finish();
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (trees != null && !warming && usesTheSdk(trees, round)) {
      // Before javac attributes the sources, so that the warm-up overlaps with that.
      warming = true;
      Warmup.start(evaluations);
    }
    return false;
  }

  /** Whether a source of this round imports from the SDK (the only sources with chains to check, in practice). */
  private static boolean usesTheSdk(Trees trees, RoundEnvironment round) {
    Set<CompilationUnitTree> seen = new HashSet<>();
    for (Element root : round.getRootElements()) {
      TreePath path = trees.getPath(root);
      if (path != null && seen.add(path.getCompilationUnit())) {
        for (ImportTree in : path.getCompilationUnit().getImports()) {
          if (in.getQualifiedIdentifier().toString().startsWith("com.activitysmith.")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void warn(String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "[activitysmith:InternalError] " + message);
  }
}
