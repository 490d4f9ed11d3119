package io.visitwire.kafkaui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kafbat.ui.serde.api.PropertyResolver;
import io.kafbat.ui.serde.api.Serde;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built {@code target/visitwire-kafka-ui-serde.jar} loaded as kafka-ui loads a serde: a child-first classloader
 * of its own over the jar, whose parent here offers only what kafka-ui's own classpath gives every plugin (the serde
 * API, kafka-clients, slf4j) and nothing of the project, Avro or Jackson; every call made with that classloader as the
 * thread's context loader. The same contract as on the module's classes.
 */
class VisitwireSerdePluginJarIT extends VisitwireSerdeContract {

    private static final Path JAR = Path.of(System.getProperty("visitwire.test.plugin.jar",
            "target/visitwire-kafka-ui-serde.jar"));
    private static final List<String> FROM_KAFKA_UI = List.of("io.kafbat.ui.serde.api.", "org.apache.kafka.", "org.slf4j.");

    private static URLClassLoader pluginLoader;
    private static Serde serde;

    @BeforeAll
    static void loadThePluginJarAsKafkaUiDoes() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " (mvn package builds it)");
        pluginLoader = new ChildFirstLoader(new URL[] {JAR.toUri().toURL()},
                new OnlyKafkaUisOwn(VisitwireSerdePluginJarIT.class.getClassLoader()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(pluginLoader);
        try {
            serde = (Serde) pluginLoader.loadClass("io.visitwire.kafkaui.VisitwireSerde")
                    .getDeclaredConstructor().newInstance();
            serde.configure(NO_PROPERTIES, NO_PROPERTIES, NO_PROPERTIES);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @AfterAll
    static void close() throws IOException {
        pluginLoader.close();
    }

    @Override
    Serde serde() {
        return serde;
    }

    @Override
    <T> T call(Supplier<T> call) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(pluginLoader);
        try {
            return call.get();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void theSerdeAndWhatItDecodesWithComeFromThePluginJar() throws Exception {
        assertEquals(pluginLoader, serde.getClass().getClassLoader());
        assertEquals(pluginLoader, pluginLoader.loadClass("io.visitwire.schemas.TopicRecordJson").getClassLoader());
        assertEquals(pluginLoader, pluginLoader.loadClass("io.visitwire.shaded.avro.Schema").getClassLoader());
        assertEquals(pluginLoader,
                pluginLoader.loadClass("io.visitwire.shaded.jackson.databind.ObjectMapper").getClassLoader());
    }

    @Test
    void theJarHoldsNoneOfWhatKafkaUiProvidesAndNoUnrelocatedAvroOrJackson() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();
            for (String forbidden : List.of("io/kafbat/", "org/apache/kafka/", "org/slf4j/", "org/apache/avro/",
                    "com/fasterxml/", "org/apache/commons/")) {
                assertFalse(names.stream().anyMatch(name -> name.startsWith(forbidden)), forbidden);
            }
            assertTrue(names.contains("io/visitwire/kafkaui/VisitwireSerde.class"));
            assertTrue(jar.getEntry("topic-schemas/visits.v1.avsc") != null);
        }
    }

    private static final PropertyResolver NO_PROPERTIES = new PropertyResolver() {
        @Override
        public <T> Optional<T> getProperty(String key, Class<T> targetType) {
            return Optional.empty();
        }

        @Override
        public <T> Optional<List<T>> getListProperty(String key, Class<T> itemType) {
            return Optional.empty();
        }

        @Override
        public <K, V> Optional<Map<K, V>> getMapProperty(String key, Class<K> keyType, Class<V> valueType) {
            return Optional.empty();
        }
    };

    /** Looks in the jar first, then in its parent; the JDK's own classes always from the JDK. */
    private static final class ChildFirstLoader extends URLClassLoader {

        ChildFirstLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("java.")) {
                    return findSystemClass(name);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notInTheJar) {
                        loaded = getParent().loadClass(name);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : getParent().getResource(name);
        }
    }

    /** kafka-ui's side of the plugin boundary: the serde API, kafka-clients and slf4j, shared with this test. */
    private static final class OnlyKafkaUisOwn extends ClassLoader {

        private final ClassLoader test;

        OnlyKafkaUisOwn(ClassLoader test) {
            super(ClassLoader.getPlatformClassLoader());
            this.test = test;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (FROM_KAFKA_UI.stream().anyMatch(name::startsWith)) {
                return test.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return FROM_KAFKA_UI.stream().anyMatch(prefix -> name.startsWith(prefix.replace('.', '/')))
                    ? test.getResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return FROM_KAFKA_UI.stream().anyMatch(prefix -> name.startsWith(prefix.replace('.', '/')))
                    ? test.getResources(name) : Collections.emptyEnumeration();
        }
    }
}
