package com.activitysmith.checker;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The value of a compile-time constant expression (JLS 15.29): literals, constant variables
 * (static finals and final locals with constant initialisers), and the operators over them.
 * javac folds these too, but keeps the result out of its public API, so they are folded again
 * here with the expression's attributed type deciding the arithmetic.
 */
final class ConstantFolder {
  /** What {@link #fold} returns for an expression that is not a constant. */
  static final Object NOT_CONSTANT = new Object() {
    @Override
    public String toString() {
      return "NOT_CONSTANT";
    }
  };

  private final Trees trees;

  ConstantFolder(Trees trees) {
    this.trees = trees;
  }

  /** The constant value of the expression at {@code path}, or {@link #NOT_CONSTANT}. */
  Object fold(TreePath path) {
    try {
      return compute(path);
    } catch (ArithmeticException | ClassCastException e) {
      // Division by zero and the like: javac reports those itself; the value is simply unknown.
      return NOT_CONSTANT;
    }
  }

  private Object compute(TreePath path) {
    Tree tree = path.getLeaf();
    if (tree instanceof LiteralTree literal) {
      Object value = literal.getValue();
      return value == null ? NOT_CONSTANT : value;
    }
    if (tree instanceof ParenthesizedTree p) {
      return fold(child(path, p.getExpression()));
    }
    if (tree instanceof IdentifierTree || tree instanceof MemberSelectTree) {
      Element element = trees.getElement(path);
      if (element instanceof VariableElement variable) {
        Object value = variable.getConstantValue();
        return value == null ? NOT_CONSTANT : value;
      }
      return NOT_CONSTANT;
    }
    if (tree instanceof TypeCastTree cast) {
      Object value = fold(child(path, cast.getExpression()));
      return value == NOT_CONSTANT ? NOT_CONSTANT : convert(value, trees.getTypeMirror(path));
    }
    if (tree instanceof UnaryTree unary) {
      Object operand = fold(child(path, unary.getExpression()));
      if (operand == NOT_CONSTANT) {
        return NOT_CONSTANT;
      }
      return unary(unary.getKind(), operand, trees.getTypeMirror(path));
    }
    if (tree instanceof BinaryTree binary) {
      Object left = fold(child(path, binary.getLeftOperand()));
      if (left == NOT_CONSTANT) {
        return NOT_CONSTANT;
      }
      Object right = fold(child(path, binary.getRightOperand()));
      if (right == NOT_CONSTANT) {
        return NOT_CONSTANT;
      }
      return binary(binary.getKind(), left, right, trees.getTypeMirror(path));
    }
    if (tree instanceof ConditionalExpressionTree conditional) {
      Object condition = fold(child(path, conditional.getCondition()));
      if (!(condition instanceof Boolean b)) {
        return NOT_CONSTANT;
      }
      Object chosen = fold(child(path, b ? conditional.getTrueExpression() : conditional.getFalseExpression()));
      return chosen == NOT_CONSTANT ? NOT_CONSTANT : convert(chosen, trees.getTypeMirror(path));
    }
    return NOT_CONSTANT;
  }

  private static TreePath child(TreePath parent, ExpressionTree tree) {
    return new TreePath(parent, tree);
  }

  private static Object unary(Tree.Kind kind, Object operand, TypeMirror type) {
    TypeKind k = type.getKind();
    switch (kind) {
      case LOGICAL_COMPLEMENT:
        return !(Boolean) operand;
      case UNARY_PLUS:
        return convert(operand, type);
      case UNARY_MINUS:
        if (k == TypeKind.DOUBLE || k == TypeKind.FLOAT) {
          return convert(-toDouble(operand), type);
        }
        return convert(-toLong(operand), type);
      case BITWISE_COMPLEMENT:
        return convert(~toLong(operand), type);
      default:
        return NOT_CONSTANT;
    }
  }

  private static Object binary(Tree.Kind kind, Object left, Object right, TypeMirror type) {
    TypeKind k = type.getKind();
    if (k == TypeKind.DECLARED) {
      // The only constant expression of a reference type is a String concatenation.
      return kind == Tree.Kind.PLUS ? text(left) + text(right) : NOT_CONSTANT;
    }
    if (k == TypeKind.BOOLEAN) {
      return logical(kind, left, right);
    }
    boolean floating = k == TypeKind.DOUBLE || k == TypeKind.FLOAT;
    switch (kind) {
      case LEFT_SHIFT:
        return convert(toLong(left) << toLong(right), type);
      case RIGHT_SHIFT:
        return convert(k == TypeKind.INT ? (long) ((int) toLong(left) >> toLong(right)) : toLong(left) >> toLong(right), type);
      case UNSIGNED_RIGHT_SHIFT:
        return convert(k == TypeKind.INT ? (long) ((int) toLong(left) >>> toLong(right)) : toLong(left) >>> toLong(right), type);
      default:
        break;
    }
    if (floating) {
      double a = toDouble(left);
      double b = toDouble(right);
      return switch (kind) {
        case PLUS -> convert(a + b, type);
        case MINUS -> convert(a - b, type);
        case MULTIPLY -> convert(a * b, type);
        case DIVIDE -> convert(a / b, type);
        case REMAINDER -> convert(a % b, type);
        default -> NOT_CONSTANT;
      };
    }
    long a = toLong(left);
    long b = toLong(right);
    if (k == TypeKind.INT) {
      int x = (int) a;
      int y = (int) b;
      return switch (kind) {
        case PLUS -> x + y;
        case MINUS -> x - y;
        case MULTIPLY -> x * y;
        case DIVIDE -> x / y;
        case REMAINDER -> x % y;
        case AND -> x & y;
        case OR -> x | y;
        case XOR -> x ^ y;
        default -> NOT_CONSTANT;
      };
    }
    return switch (kind) {
      case PLUS -> convert(a + b, type);
      case MINUS -> convert(a - b, type);
      case MULTIPLY -> convert(a * b, type);
      case DIVIDE -> convert(a / b, type);
      case REMAINDER -> convert(a % b, type);
      case AND -> convert(a & b, type);
      case OR -> convert(a | b, type);
      case XOR -> convert(a ^ b, type);
      default -> NOT_CONSTANT;
    };
  }

  private static Object logical(Tree.Kind kind, Object left, Object right) {
    if (left instanceof Boolean a && right instanceof Boolean b) {
      return switch (kind) {
        case CONDITIONAL_AND, AND -> a && b;
        case CONDITIONAL_OR, OR -> a || b;
        case XOR -> a ^ b;
        case EQUAL_TO -> a.equals(b);
        case NOT_EQUAL_TO -> !a.equals(b);
        default -> NOT_CONSTANT;
      };
    }
    if (left instanceof String || right instanceof String) {
      // == on two constant Strings compares interned values, which equals mirrors.
      return switch (kind) {
        case EQUAL_TO -> left.equals(right);
        case NOT_EQUAL_TO -> !left.equals(right);
        default -> NOT_CONSTANT;
      };
    }
    boolean floating = isFloating(left) || isFloating(right);
    int c = floating ? Double.compare(toDouble(left), toDouble(right)) : Long.compare(toLong(left), toLong(right));
    if (floating && (Double.isNaN(toDouble(left)) || Double.isNaN(toDouble(right)))) {
      return kind == Tree.Kind.NOT_EQUAL_TO;
    }
    return switch (kind) {
      case EQUAL_TO -> c == 0;
      case NOT_EQUAL_TO -> c != 0;
      case LESS_THAN -> c < 0;
      case LESS_THAN_EQUAL -> c <= 0;
      case GREATER_THAN -> c > 0;
      case GREATER_THAN_EQUAL -> c >= 0;
      default -> NOT_CONSTANT;
    };
  }

  /** A constant converted to the primitive (or String) type the expression has. */
  static Object convert(Object value, TypeMirror type) {
    return switch (type.getKind()) {
      case INT -> (int) (isFloating(value) ? (long) toDouble(value) : toLong(value));
      case LONG -> isFloating(value) ? (long) toDouble(value) : toLong(value);
      case SHORT -> (short) toLong(value);
      case BYTE -> (byte) toLong(value);
      case CHAR -> (char) toLong(value);
      case DOUBLE -> toDouble(value);
      case FLOAT -> (float) toDouble(value);
      case BOOLEAN -> (Boolean) value;
      default -> value instanceof Character || value instanceof Number || value instanceof Boolean || value instanceof String
          ? (type.toString().equals("java.lang.String") ? text(value) : value)
          : NOT_CONSTANT;
    };
  }

  private static boolean isFloating(Object value) {
    return value instanceof Double || value instanceof Float;
  }

  private static long toLong(Object value) {
    return value instanceof Character c ? c : ((Number) value).longValue();
  }

  private static double toDouble(Object value) {
    return value instanceof Character c ? c : ((Number) value).doubleValue();
  }

  private static String text(Object value) {
    return String.valueOf(value);
  }
}
