/**
 * The database seam: the {@link org.trustcase.persistence.database.Database} port that repositories
 * and transactions are written against, with one implementation package per engine.
 */
package org.trustcase.persistence.database;
