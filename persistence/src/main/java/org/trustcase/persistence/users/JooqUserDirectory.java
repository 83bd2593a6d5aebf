package org.trustcase.persistence.users;

import static org.trustcase.persistence.jooq.Tables.APP_USER;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.trustcase.model.common.Role;
import org.trustcase.model.users.UserAccount;
import org.trustcase.model.users.UserDirectory;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;

/** The workspace's user accounts in {@code app_user}. */
public final class JooqUserDirectory implements UserDirectory {
    private final Database transactions;

    public JooqUserDirectory(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Optional<StoredAccount> find(String login) {
        return dsl().select(APP_USER.fields()).from(APP_USER).where(APP_USER.LOGIN.eq(login)).fetchOptional()
                .map(r -> new StoredAccount(account(r), r.get(APP_USER.PASSWORD_HASH)));
    }

    @Override
    public List<UserAccount> list() {
        return dsl().select(APP_USER.fields()).from(APP_USER).orderBy(APP_USER.LOGIN).fetch(JooqUserDirectory::account);
    }

    @Override
    public long count() {
        return dsl().fetchCount(APP_USER);
    }

    @Override
    public void add(UserAccount account, String passwordHash) {
        dsl().insertInto(APP_USER, APP_USER.LOGIN, APP_USER.FULL_NAME, APP_USER.ROLE, APP_USER.PASSWORD_HASH,
                        APP_USER.ACTIVE, APP_USER.CREATED_AT)
                .values(account.login(), account.fullName(), StoredCodes.encode(account.role()), passwordHash,
                        account.active(), account.createdAt())
                .execute();
    }

    @Override
    public void update(UserAccount account) {
        dsl().update(APP_USER).set(APP_USER.ROLE, StoredCodes.encode(account.role()))
                .set(APP_USER.ACTIVE, account.active()).set(APP_USER.FULL_NAME, account.fullName())
                .where(APP_USER.LOGIN.eq(account.login())).execute();
    }

    @Override
    public void setPasswordHash(String login, String passwordHash) {
        dsl().update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.LOGIN.eq(login)).execute();
    }

    private static UserAccount account(Record r) {
        return new UserAccount(r.get(APP_USER.LOGIN), r.get(APP_USER.FULL_NAME),
                StoredCodes.decode(Role.class, r.get(APP_USER.ROLE), "role"), r.get(APP_USER.ACTIVE),
                r.get(APP_USER.CREATED_AT));
    }

    private DSLContext dsl() {
        return transactions.dsl("user accounts");
    }
}
