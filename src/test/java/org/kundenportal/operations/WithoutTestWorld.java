package org.kundenportal.operations;

import java.io.IOException;
import org.kundenportal.Application;
import org.kundenportal.TestWorld;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The app without the {@link TestWorld}, for an app process that starts on a database which holds the world already
 * (after a kill, or on a restored copy): the app process scans the test classpath, and the world refuses to be
 * created twice. Started as the main class by {@link AppProcess#start(Class, java.util.Map, java.util.List,
 * java.nio.file.Path, java.util.function.Consumer)}.
 */
public final class WithoutTestWorld {

    private WithoutTestWorld() {
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        // the component scan's type exclude filter asks every bean of its type, as Spring Boot's test slices use it
        app.addInitializers(context -> context.getBeanFactory().registerSingleton(Filter.class.getName(), new Filter()));
        app.run(args);
    }

    static final class Filter extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getClassMetadata().getClassName().equals(TestWorld.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Filter;
        }

        @Override
        public int hashCode() {
            return Filter.class.hashCode();
        }
    }
}
