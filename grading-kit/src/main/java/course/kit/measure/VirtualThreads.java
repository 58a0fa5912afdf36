package course.kit.measure;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * The virtual threads alive in this JVM, as objects. {@code ThreadMXBean} and
 * {@code Thread.getAllStackTraces()} list none; the JDK keeps them in its registry of thread
 * containers ({@code jdk.internal.vm.ThreadContainers}), the one its thread dumps read. Reading
 * the registry walks no stack: a thread dump does, and JDK 25.0.3's crashes the JVM now and
 * then (SIGSEGV in {@code stackChunkOopDesc::sender}) while a virtual thread yields in a loop.
 *
 * <p>The registry is internal: the course's JVM flags export its package
 * ({@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}); a JVM started without them (an
 * IDE's own launcher) has the package exported by an agent attached to itself.
 */
final class VirtualThreads {

    private static final String PACKAGE = "jdk.internal.vm";

    private static final Method ROOT;
    private static final Method THREADS;
    private static final Method CHILDREN;

    static {
        exportRegistry();
        try {
            ROOT = Class.forName(PACKAGE + ".ThreadContainers").getMethod("root");
            Class<?> container = Class.forName(PACKAGE + ".ThreadContainer");
            THREADS = container.getMethod("threads");
            CHILDREN = container.getMethod("children");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JDK has no registry of thread containers: " + e, e);
        }
    }

    private VirtualThreads() {
    }

    /** Every virtual thread alive now, in any container (those of virtual-thread executors included). */
    static Set<Thread> alive() {
        Set<Thread> found = new HashSet<>();
        collect(invoke(ROOT, null), found);
        return found;
    }

    private static void collect(Object container, Set<Thread> found) {
        ((Stream<?>) invoke(THREADS, container)).map(Thread.class::cast)
                .filter(t -> t.isVirtual() && t.isAlive()).forEach(found::add);
        ((Stream<?>) invoke(CHILDREN, container)).forEach(child -> collect(child, found));
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the JDK's registry of virtual threads: " + e, e);
        }
    }

    private static void exportRegistry() {
        Module base = Object.class.getModule();
        Module kit = VirtualThreads.class.getModule();
        if (!base.isExported(PACKAGE, kit)) {
            Instrumentation agent = ByteBuddyAgent.install();
            agent.redefineModule(base, Set.of(), Map.of(PACKAGE, Set.of(kit)), Map.of(), Set.of(), Map.of());
        }
    }
}
