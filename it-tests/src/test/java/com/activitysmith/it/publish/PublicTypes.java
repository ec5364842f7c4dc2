package com.activitysmith.it.publish;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The public top-level types a jar offers outside its {@code internal} packages: what a wildcard
 * import ({@code import com.activitysmith.testing.*;}) brings into a user's file. Nested types are
 * left out, since a package wildcard never imports them.
 */
final class PublicTypes {
  private static final int ACC_PUBLIC = 0x0001;
  private static final int CLASS_FILE_MAGIC = 0xCAFEBABE;

  private PublicTypes() {}

  /** Binary names ({@code com.activitysmith.testing.Simulator}) of the jar's public top-level types. */
  static List<String> in(Path jar) throws IOException {
    List<String> out = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.indexOf('$') >= 0
            || name.endsWith("/package-info.class") || name.equals("module-info.class")) {
          continue;
        }
        String binaryName = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        String pkg = binaryName.substring(0, Math.max(0, binaryName.lastIndexOf('.')));
        if (isInternal(pkg)) {
          continue;
        }
        try (InputStream in = file.getInputStream(file.getJarEntry(name))) {
          if ((accessFlags(in.readAllBytes(), name) & ACC_PUBLIC) != 0) {
            out.add(binaryName);
          }
        }
      }
    }
    return out;
  }

  /** Whether a package is one the SDK keeps to itself: any segment named {@code internal}. */
  static boolean isInternal(String pkg) {
    return ("." + pkg + ".").contains(".internal.");
  }

  /** The class's access flags, read past the constant pool (JVMS 4.1, 4.4). */
  static int accessFlags(byte[] classFile, String where) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != CLASS_FILE_MAGIC) {
      throw new IOException(where + " is not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> in.skipNBytes(in.readUnsignedShort()); // Utf8
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, dynamic
        case 5, 6 -> { // Long and Double take two entries
          in.skipNBytes(8);
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
        case 15 -> in.skipNBytes(3); // MethodHandle
        default -> throw new IOException(where + ": unknown constant pool tag " + tag + " at entry " + i);
      }
    }
    return in.readUnsignedShort();
  }
}
