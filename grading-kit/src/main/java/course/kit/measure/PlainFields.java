package course.kit.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Fields that one operation writes and another reads with plain field accesses (not volatile,
 * not final), found in the bytecode of the student's package: what a thread running the reader
 * may never see, because nothing orders its read after another thread's write. On x86 such a
 * read is stale only when the JIT keeps it in a register; the Java memory model allows it to be
 * stale for ever, so the check reads the code instead of waiting for the hardware.
 *
 * <p>It follows calls and lambdas into classes of the same package, and counts an access made
 * inside {@code synchronized} as ordered. Locks of {@code java.util.concurrent} are not seen: use
 * it only where an answer that locks fails another check already.
 */
public final class PlainFields {

    private final String pkg;
    private final ClassLoader loader;
    private final Map<String, ClassNode> classes = new HashMap<>();

    private PlainFields(Class<?> type) {
        this.pkg = internalPackage(type.getName().replace('.', '/'));
        this.loader = type.getClassLoader();
    }

    /**
     * The fields, as {@code "RequestCounter.Cell.count"}, that a method named {@code writer} of {@code type}
     * (or code it calls in its package) writes with a plain store and a method named
     * {@code reader} reads with a plain load. Empty when every such field is volatile, final,
     * reached through an atomic class or a {@code VarHandle}, or used under {@code synchronized}.
     */
    public static List<String> writtenThenRead(Class<?> type, String writer, String reader) {
        PlainFields code = new PlainFields(type);
        Set<String> written = code.plainAccesses(type, writer, Opcodes.PUTFIELD, Opcodes.PUTSTATIC);
        Set<String> read = code.plainAccesses(type, reader, Opcodes.GETFIELD, Opcodes.GETSTATIC);
        written.retainAll(read);
        return written.stream().map(PlainFields::simpleName).toList();
    }

    /** Plain accesses with one of {@code opcodes} in the methods named {@code name} and all they reach in the package. */
    private Set<String> plainAccesses(Class<?> type, String name, int... opcodes) {
        Set<String> found = new TreeSet<>();
        Set<MethodRef> seen = new HashSet<>();
        Deque<MethodRef> todo = new ArrayDeque<>();
        String owner = type.getName().replace('.', '/');
        for (MethodNode m : classNode(owner).methods) {
            if (m.name.equals(name)) {
                todo.push(new MethodRef(owner, m.name, m.desc));
            }
        }
        while (!todo.isEmpty()) {
            MethodRef at = todo.pop();
            if (!seen.add(at)) {
                continue;
            }
            MethodNode method = method(at).orElse(null);
            if (method == null) {
                continue;
            }
            int monitors = (method.access & Opcodes.ACC_SYNCHRONIZED) != 0 ? 1 : 0;
            for (AbstractInsnNode insn : method.instructions) {
                if (insn.getOpcode() == Opcodes.MONITORENTER) {
                    monitors++;
                } else if (insn.getOpcode() == Opcodes.MONITOREXIT && monitors > 0) {
                    monitors--;
                } else if (insn instanceof FieldInsnNode field) {
                    if (monitors == 0 && contains(opcodes, field.getOpcode()) && isPlain(field.owner, field.name)) {
                        found.add(field.owner + "." + field.name);
                    }
                } else if (insn instanceof MethodInsnNode call && inPackage(call.owner)) {
                    todo.push(new MethodRef(call.owner, call.name, call.desc));
                } else if (insn instanceof InvokeDynamicInsnNode lambda) {
                    for (Object arg : lambda.bsmArgs) {
                        if (arg instanceof Handle h && inPackage(h.getOwner())) {
                            todo.push(new MethodRef(h.getOwner(), h.getName(), h.getDesc()));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** A field of the package that is neither volatile nor final; fields of other packages cannot be reached plainly. */
    private boolean isPlain(String owner, String name) {
        if (!inPackage(owner)) {
            return false;
        }
        for (String at = owner; at != null && inPackage(at); at = classNode(at).superName) {
            for (FieldNode f : classNode(at).fields) {
                if (f.name.equals(name)) {
                    return (f.access & (Opcodes.ACC_VOLATILE | Opcodes.ACC_FINAL)) == 0;
                }
            }
        }
        return false;
    }

    /** A method as the bytecode names it: its class's internal name, its name, its descriptor. */
    private record MethodRef(String owner, String name, String desc) {
    }

    /** The method's code, looked up in its class and that class's superclasses within the package. */
    private Optional<MethodNode> method(MethodRef ref) {
        for (String at = ref.owner(); at != null && inPackage(at); at = classNode(at).superName) {
            for (MethodNode m : classNode(at).methods) {
                if (m.name.equals(ref.name()) && m.desc.equals(ref.desc()) && !Modifier.isAbstract(m.access)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private boolean inPackage(String internalName) {
        return internalPackage(internalName).equals(pkg);
    }

    private ClassNode classNode(String internalName) {
        return classes.computeIfAbsent(internalName, this::read);
    }

    private ClassNode read(String internalName) {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + internalName.replace('/', '.') + " on the class path");
            }
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the class file of " + internalName.replace('/', '.'), e);
        }
    }

    private static boolean contains(int[] opcodes, int opcode) {
        for (int o : opcodes) {
            if (o == opcode) {
                return true;
            }
        }
        return false;
    }

    private static String internalPackage(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    /** {@code course/mutex/RequestCounter$Cell.count} as {@code RequestCounter.Cell.count}. */
    private static String simpleName(String field) {
        return field.substring(field.lastIndexOf('/') + 1).replace('$', '.');
    }
}
