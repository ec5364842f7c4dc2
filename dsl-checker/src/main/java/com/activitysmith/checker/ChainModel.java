package com.activitysmith.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.Nullable;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A DSL chain as the compiler sees it: the DSL calls it makes, evaluable with the DSL's own
 * classes, and the leaves that feed them ({@link Input}s), each either a compile-time constant or
 * an unknown value that a stand-in replaces.
 */
final class ChainModel {
  /** The chain cannot be evaluated (an unknown receiver, an argument type without a stand-in). */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String why) {
      super(why, null, false, false);
    }
  }

  /** The checker's DSL classes disagree with the ones being compiled against. */
  static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mismatch(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A DSL method threw while the chain was evaluated. */
  static final class EvaluationFailure extends Exception {
    private static final long serialVersionUID = 1L;

    EvaluationFailure(Throwable cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  /** A part of the chain. */
  sealed interface Node permits Input, Call {}

  /** A leaf: a constant with its value, or an unknown value with two stand-ins. */
  static final class Input implements Node {
    final TreePath path;
    final boolean constant;
    final Object primary;
    final Object alternative;

    Input(TreePath path, boolean constant, Object primary, Object alternative) {
      this.path = path;
      this.constant = constant;
      this.primary = primary;
      this.alternative = alternative;
    }
  }

  /** A DSL method call, static or on a receiver, with varargs collected from {@code varargsFrom} on. */
  record Call(Method method, @Nullable Node receiver, List<Node> args, int varargsFrom) implements Node {}

  final TreePath path;
  final Node root;
  final List<Input> inputs;

  private ChainModel(TreePath path, Node root, List<Input> inputs) {
    this.path = path;
    this.root = root;
    this.inputs = Collections.unmodifiableList(inputs);
  }

  boolean allConstant() {
    return inputs.stream().allMatch(input -> input.constant);
  }

  /** Evaluates the chain, each input taking its primary value unless {@code overrides} names it. */
  Object evaluate(Map<Input, Object> overrides) throws EvaluationFailure {
    return evaluate(root, overrides);
  }

  private static Object evaluate(Node node, Map<Input, Object> overrides) throws EvaluationFailure {
    if (node instanceof Input input) {
      return overrides.containsKey(input) ? overrides.get(input) : input.primary;
    }
    Call call = (Call) node;
    Object receiver = call.receiver() == null ? null : evaluate(call.receiver(), overrides);
    Class<?>[] parameters = call.method().getParameterTypes();
    Object[] values = new Object[parameters.length];
    int fixed = call.varargsFrom() < 0 ? call.args().size() : call.varargsFrom();
    for (int i = 0; i < fixed; i++) {
      values[i] = evaluate(call.args().get(i), overrides);
    }
    if (call.varargsFrom() >= 0) {
      Class<?> component = parameters[parameters.length - 1].getComponentType();
      Object array = Array.newInstance(component, call.args().size() - fixed);
      for (int i = fixed; i < call.args().size(); i++) {
        Array.set(array, i - fixed, evaluate(call.args().get(i), overrides));
      }
      values[parameters.length - 1] = array;
    }
    try {
      return call.method().invoke(receiver, values);
    } catch (InvocationTargetException e) {
      throw new EvaluationFailure(e.getCause());
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new Mismatch("cannot call " + call.method() + ": " + e, e);
    }
  }

  /** Builds models from attributed trees. */
  static final class Builder {
    private final Trees trees;
    private final Types types;
    private final Elements elements;
    private final ClassLoader loader;
    private final ConstantFolder folder;
    // Per compilation, keyed by javac's symbols (one per declaration): each DSL method, class and
    // SDK constant is looked up by reflection once, not at every call site that uses it.
    private final Map<Element, Boolean> dslOwners = new HashMap<>();
    private final Map<Element, Method> methods = new HashMap<>();
    private final Map<Element, Class<?>> classes = new HashMap<>();
    private final Map<Element, Object> sdkConstants = new HashMap<>();

    Builder(Trees trees, Types types, Elements elements, ClassLoader loader) {
      this.trees = trees;
      this.types = types;
      this.elements = elements;
      this.loader = loader;
      this.folder = new ConstantFolder(trees);
    }

    ConstantFolder folder() {
      return folder;
    }

    /** Whether {@code method} belongs to the DSL, whose calls the checker evaluates. */
    boolean isDsl(@Nullable Element method) {
      if (!(method instanceof ExecutableElement) || method.getKind() != ElementKind.METHOD) {
        return false;
      }
      return dslOwners.computeIfAbsent(method.getEnclosingElement(),
          owner -> elements.getPackageOf(owner).getQualifiedName().contentEquals("com.activitysmith.dsl"));
    }

    ChainModel build(TreePath path) throws Unsupported {
      List<Input> inputs = new ArrayList<>();
      Node root = node(path, null, inputs);
      return new ChainModel(path, root, inputs);
    }

    private Node node(TreePath path, @Nullable TypeMirror expected, List<Input> inputs) throws Unsupported {
      Tree tree = path.getLeaf();
      if (tree instanceof ParenthesizedTree p) {
        return node(new TreePath(path, p.getExpression()), expected, inputs);
      }
      TypeMirror type = expected != null ? expected : trees.getTypeMirror(path);
      Object constant = folder.fold(path);
      if (constant == ConstantFolder.NOT_CONSTANT) {
        constant = sdkConstant(path);
      }
      if (constant != ConstantFolder.NOT_CONSTANT) {
        return input(path, type, true, coerce(constant, classOf(type)), inputs);
      }
      if (tree instanceof MethodInvocationTree invocation) {
        Element element = trees.getElement(path);
        if (isDsl(element)) {
          return call(path, invocation, (ExecutableElement) element, inputs, false);
        }
        if (element instanceof ExecutableElement method && isListFactory(method)) {
          // metrics(List.of(metric(..), ..)): the list's items are checked like varargs items.
          return call(path, invocation, method, inputs, true);
        }
        if (element instanceof ExecutableElement method && isPureFactory(method)) {
          Object value = factory(path, invocation, method, type);
          if (value != ConstantFolder.NOT_CONSTANT) {
            return input(path, type, true, value, inputs);
          }
        }
      }
      return input(path, type, false, null, inputs);
    }

    private Input input(TreePath path, TypeMirror type, boolean constant, @Nullable Object value, List<Input> inputs)
        throws Unsupported {
      Class<?> cls = classOf(type);
      Class<?> element = elementClass(type);
      Object first = Neutrals.of(cls, element, 0);
      Object second = Neutrals.of(cls, element, 1);
      Input input;
      if (constant) {
        Object other = first != null && !Objects.equals(first, value) ? first : second;
        input = new Input(path, true, value, other == null ? value : other);
      } else {
        if (first == null || second == null) {
          throw new Unsupported("no stand-in for " + type);
        }
        input = new Input(path, false, first, second);
      }
      inputs.add(input);
      return input;
    }

    private Node call(TreePath path, MethodInvocationTree invocation, ExecutableElement element, List<Input> inputs,
        boolean ownTypes) throws Unsupported {
      Method method = method(element);
      Node receiver = null;
      if (!Modifier.isStatic(method.getModifiers())) {
        ExpressionTree select = invocation.getMethodSelect();
        if (!(select instanceof MemberSelectTree member)) {
          throw new Unsupported("a DSL call on an implicit receiver");
        }
        TreePath selectPath = new TreePath(path, member);
        receiver = node(new TreePath(selectPath, member.getExpression()), null, inputs);
        if (receiver instanceof Input in && !in.constant && !isValueType(in.primary)) {
          throw new Unsupported("a chain on an unknown receiver");
        }
      }
      List<? extends VariableElement> parameters = element.getParameters();
      List<? extends ExpressionTree> arguments = invocation.getArguments();
      boolean varargs = element.isVarArgs() && !(arguments.size() == parameters.size()
          && types.isAssignable(trees.getTypeMirror(new TreePath(path, arguments.get(arguments.size() - 1))),
              parameters.get(parameters.size() - 1).asType()));
      List<Node> args = new ArrayList<>(arguments.size());
      for (int i = 0; i < arguments.size(); i++) {
        TypeMirror expected;
        if (ownTypes) {
          expected = null; // a generic factory's parameters erase to Object; the argument's own type is what matters
        } else if (varargs && i >= parameters.size() - 1) {
          expected = ((ArrayType) parameters.get(parameters.size() - 1).asType()).getComponentType();
        } else {
          expected = parameters.get(i).asType();
        }
        args.add(node(new TreePath(path, arguments.get(i)), expected, inputs));
      }
      return new Call(method, receiver, args, varargs ? parameters.size() - 1 : -1);
    }

    /** Values whose stand-ins may carry a chain on: metrics, icons, actions, metadata. */
    private static boolean isValueType(Object value) {
      return value != null && !value.getClass().isInterface()
          && value.getClass().getPackageName().equals("com.activitysmith.dsl")
          && !value.getClass().getSimpleName().endsWith("Impl") && !value.getClass().getName().contains("Chain");
    }

    /** {@code List.of}, {@code Set.of} and {@code Arrays.asList}: lists whose items the chain names. */
    private boolean isListFactory(ExecutableElement method) {
      if (!method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
        return false;
      }
      String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
      String name = method.getSimpleName().toString();
      return ((owner.equals("java.util.List") || owner.equals("java.util.Set")) && name.equals("of"))
          || (owner.equals("java.util.Arrays") && name.equals("asList"));
    }

    /** JDK factories of immutable values that the DSL takes: {@code Duration.ofMinutes(5)}. */
    private boolean isPureFactory(ExecutableElement method) {
      if (!method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
        return false;
      }
      String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
      String name = method.getSimpleName().toString();
      return (owner.equals("java.time.Duration") && name.startsWith("of"))
          || (owner.equals("java.math.BigDecimal") && name.equals("valueOf"));
    }

    private Object factory(TreePath path, MethodInvocationTree invocation, ExecutableElement element, TypeMirror type)
        throws Unsupported {
      List<? extends VariableElement> parameters = element.getParameters();
      Object[] values = new Object[parameters.size()];
      for (int i = 0; i < values.length; i++) {
        Object value = folder.fold(new TreePath(path, invocation.getArguments().get(i)));
        if (value == ConstantFolder.NOT_CONSTANT) {
          value = sdkConstant(new TreePath(path, invocation.getArguments().get(i)));
        }
        if (value == ConstantFolder.NOT_CONSTANT) {
          return ConstantFolder.NOT_CONSTANT;
        }
        values[i] = coerce(value, classOf(parameters.get(i).asType()));
      }
      try {
        return method(element).invoke(null, values);
      } catch (InvocationTargetException | IllegalAccessException e) {
        // Duration.ofSeconds(Long.MAX_VALUE, ..) and the like: leave it to run time.
        return ConstantFolder.NOT_CONSTANT;
      }
    }

    /** A static final field of the SDK ({@code YELLOW}, {@code PushInterruptionLevel.PASSIVE}), read from its class. */
    private Object sdkConstant(TreePath path) {
      Tree tree = path.getLeaf();
      if (!(tree instanceof IdentifierTree) && !(tree instanceof MemberSelectTree)) {
        return ConstantFolder.NOT_CONSTANT;
      }
      Element element = trees.getElement(path);
      if (!(element instanceof VariableElement)
          || !(element.getKind() == ElementKind.FIELD || element.getKind() == ElementKind.ENUM_CONSTANT)
          || !element.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
          || !element.getModifiers().contains(javax.lang.model.element.Modifier.FINAL)) {
        return ConstantFolder.NOT_CONSTANT;
      }
      Object cached = sdkConstants.get(element);
      if (cached != null) {
        return cached;
      }
      TypeElement owner = (TypeElement) element.getEnclosingElement();
      if (!owner.getQualifiedName().toString().startsWith("com.activitysmith.")) {
        return ConstantFolder.NOT_CONSTANT;
      }
      Object value;
      try {
        value = load(owner).getField(element.getSimpleName().toString()).get(null);
      } catch (ReflectiveOperationException e) {
        throw new Mismatch("cannot read " + owner + "." + element.getSimpleName() + ": " + e, e);
      }
      if (value != null) {
        // A static final of the SDK holds the same value all compilation long.
        sdkConstants.put(element, value);
      }
      return value;
    }

    private Method method(ExecutableElement element) {
      Method known = methods.get(element);
      if (known != null) {
        return known;
      }
      Method found = lookUp(element);
      methods.put(element, found);
      return found;
    }

    private Method lookUp(ExecutableElement element) {
      TypeElement owner = (TypeElement) element.getEnclosingElement();
      Class<?>[] parameters = new Class<?>[element.getParameters().size()];
      try {
        for (int i = 0; i < parameters.length; i++) {
          parameters[i] = classOf(element.getParameters().get(i).asType());
        }
        return load(owner).getMethod(element.getSimpleName().toString(), parameters);
      } catch (Unsupported | NoSuchMethodException e) {
        throw new Mismatch("the checker's ActivitySmith classes have no " + owner + "." + element
            + "; is the checker's version the same as the SDK's?", e);
      }
    }

    private Class<?> load(TypeElement type) {
      Class<?> known = classes.get(type);
      if (known != null) {
        return known;
      }
      Class<?> found = loadByName(type);
      classes.put(type, found);
      return found;
    }

    private Class<?> loadByName(TypeElement type) {
      String name = elements.getBinaryName(type).toString();
      try {
        return Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new Mismatch("the checker cannot load " + name + ": " + e, e);
      }
    }

    /** The run-time class of a (possibly generic) type. */
    Class<?> classOf(TypeMirror type) throws Unsupported {
      TypeMirror erased = types.erasure(type);
      switch (erased.getKind()) {
        case INT: return int.class;
        case LONG: return long.class;
        case SHORT: return short.class;
        case BYTE: return byte.class;
        case CHAR: return char.class;
        case DOUBLE: return double.class;
        case FLOAT: return float.class;
        case BOOLEAN: return boolean.class;
        case ARRAY:
          return Array.newInstance(classOf(((ArrayType) erased).getComponentType()), 0).getClass();
        case DECLARED:
          return load((TypeElement) ((DeclaredType) erased).asElement());
        default:
          throw new Unsupported("no class for " + type);
      }
    }

    private @Nullable Class<?> elementClass(TypeMirror type) throws Unsupported {
      if (type.getKind() == TypeKind.DECLARED) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        if (arguments.size() == 1) {
          TypeMirror argument = arguments.get(0);
          if (argument.getKind() == TypeKind.WILDCARD) {
            TypeMirror bound = ((javax.lang.model.type.WildcardType) argument).getExtendsBound();
            if (bound == null) {
              return null;
            }
            argument = bound;
          }
          return argument.getKind() == TypeKind.DECLARED ? classOf(argument) : null;
        }
      }
      return null;
    }
  }

  /** A constant converted to the parameter type it is passed as (an int literal for a long, a double). */
  static Object coerce(Object value, Class<?> target) {
    if (value instanceof Number || value instanceof Character) {
      long whole = value instanceof Character c ? c : ((Number) value).longValue();
      double real = value instanceof Character c ? c : ((Number) value).doubleValue();
      boolean floating = value instanceof Double || value instanceof Float;
      if (target == int.class || target == Integer.class) {
        return (int) whole;
      }
      if (target == long.class || target == Long.class) {
        return whole;
      }
      if (target == short.class || target == Short.class) {
        return (short) whole;
      }
      if (target == byte.class || target == Byte.class) {
        return (byte) whole;
      }
      if (target == char.class || target == Character.class) {
        return (char) whole;
      }
      if (target == double.class || target == Double.class) {
        return floating ? real : (double) whole;
      }
      if (target == float.class || target == Float.class) {
        return (float) real;
      }
    }
    return value;
  }
}
