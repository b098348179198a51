/**
 * Encryption at rest: the master key (environment variable, key file or passphrase), the data keys
 * (a Tink keyset wrapped by the master key, rotatable), the embedded database's passwords kept under
 * the data keys, passphrase encryption of files written outside the data folder (exports, backups),
 * and private file permissions.
 */
package org.defensor.encryption;
