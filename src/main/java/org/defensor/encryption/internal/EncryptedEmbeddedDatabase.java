package org.defensor.encryption.internal;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.defensor.encryption.EmbeddedDatabase;
import org.defensor.encryption.EncryptionException;
import org.defensor.encryption.KeyRing;
import org.defensor.encryption.MasterKeys;
import org.defensor.encryption.PrivateFiles;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before anything opens the embedded database: makes the data folder private, finds the master key,
 * opens (or on first start makes) the data keys, and gives the datasource H2's AES file encryption
 * and the passwords kept under the data keys. A plaintext database from an earlier version is
 * refused with the command that encrypts it. PostgreSQL and in-memory databases are left alone.
 */
class EncryptedEmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    private static final String URL = "spring.datasource.url";
    private final Log log;

    EncryptedEmbeddedDatabase(DeferredLogFactory logs) {
        this.log = logs.getLog(EncryptedEmbeddedDatabase.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL);
        String dataDirName = environment.getProperty("defensor.data-dir");
        if (url == null || dataDirName == null || !url.startsWith("jdbc:h2:file:") || url.toUpperCase().contains("CIPHER=")) {
            return;
        }
        Path dataDir = Path.of(dataDirName);
        PrivateFiles.folder(dataDir);
        PrivateFiles.restrictTree(dataDir);
        if (EmbeddedDatabase.isPlaintext(dataDir)) {
            throw new EncryptionException("The database in " + dataDir.toAbsolutePath().normalize()
                    + " was written unencrypted by an earlier version. Encrypt it once with: defensor key encrypt-database --data "
                    + dataDir + " (keep a copy of the folder until it is done).");
        }
        String keyFile = environment.getProperty("defensor.key-file");
        KeyRing keys = MasterKeys.openOrCreate(dataDir, MasterKeys.Sources.of(keyFile == null || keyFile.isBlank() ? null : Path.of(keyFile)),
                log::warn);
        environment.getPropertySources().addFirst(new MapPropertySource("defensor-encryption", Map.of(
                // No trace file: H2 writes failed statements there, with their values, in plaintext.
                URL, url + ";CIPHER=AES;TRACE_LEVEL_FILE=0",
                "spring.datasource.username", EmbeddedDatabase.USER,
                "spring.datasource.password", keys.databasePasswords().h2Password())));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
