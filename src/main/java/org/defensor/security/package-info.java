/** Accounts, roles, API tokens and the access rules of every endpoint: nobody sees anything without signing in. */
package org.defensor.security;
