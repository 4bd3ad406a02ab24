//! Contacts, accounts, attachments and users.

use serde_json::json;
use truto::ticketing::{
    AccountsApi, AttachmentRecord, AttachmentsApi, Contact, ContactPhone, ContactsApi,
    CreateAccount, CreateAttachment, CreateContact, CreateUser, Deleted, Email, ListAccountsQuery,
    ListAttachmentsQuery, ListContactsQuery, ListUsersQuery, Reference, SortBy, UpdateAccount,
    UpdateAttachment, UpdateContact, UpdateUser, User, UsersApi,
};
use truto::{Compare, ListParams};
use truto_mock::MockServer;

use crate::support::*;

// ---------------------------------------------------------------- contacts

#[tokio::test]
async fn contacts_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateContact::new()
        .first_name("Ada")
        .last_name("Lovelace")
        .name("Ada Lovelace")
        .emails(vec![Email {
            email: "ada@example.com".into(),
            kind: Some("work".into()),
        }])
        .phones(vec![ContactPhone::new("+44 20 7946 0000")])
        .account_id("account-000001");
    let created = env.client.create_contact(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/contacts",
        ACCOUNT_QUERY,
        Some(json!({
            "first_name": "Ada",
            "last_name": "Lovelace",
            "name": "Ada Lovelace",
            "emails": [{"email": "ada@example.com", "type": "work"}],
            "phones": [{"number": "+44 20 7946 0000"}],
            "account_id": "account-000001"
        })),
    );
    assert_eq!(created.id, "contact-000001");
    assert_eq!(created.primary_email(), Some("ada@example.com"));
    assert_eq!(created.phones, body.phones);
    assert_eq!(created.account_id.as_deref(), Some("account-000001"));
    assert_eq!(created, env.stored("contacts", "contact-000001"));

    let fetched = env
        .client
        .get_contact("contact-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/contacts/contact-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateContact::new().details("VIP customer");
    let updated = env
        .client
        .update_contact("contact-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/contacts/contact-000001",
        ACCOUNT_QUERY,
        Some(json!({"details": "VIP customer"})),
    );
    assert_eq!(updated.details.as_deref(), Some("VIP customer"));
    assert_eq!(
        (&updated.name, &updated.emails),
        (&created.name, &created.emails)
    );

    let deleted = env
        .client
        .delete_contact("contact-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/contacts/contact-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("contact-000001"));
    assert_not_found(
        env.client.get_contact("contact-000001", &query()).await,
        "contacts",
        "contact-000001",
    );
}

#[tokio::test]
async fn contacts_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("contacts", 7)).await;
    let list = ListContactsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let contacts = env.client.list_contacts(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/contacts",
        &[&first, &format!("{first}&next_cursor=djE6Y29udGFjdHM6Zjo1")], // v1:contacts:f:5
    );
    let ids: Vec<String> = contacts.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("contact"));
    for contact in &contacts {
        assert_eq!(contact, &env.stored::<Contact>("contacts", &contact.id));
        assert!(contact.primary_email().is_some() && contact.phones.is_some());
    }
}

// ---------------------------------------------------------------- accounts

#[tokio::test]
async fn accounts_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateAccount::new()
        .name("Acme")
        .description("Rockets and anvils")
        .domains(vec!["acme.example".to_owned()]);
    let created = env.client.create_account(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/accounts",
        ACCOUNT_QUERY,
        Some(json!({"name": "Acme", "description": "Rockets and anvils", "domains": ["acme.example"]})),
    );
    assert_eq!(created.id, "account-000001");
    assert_eq!(created.name.as_deref(), Some("Acme"));
    assert_eq!(created.domains, Some(vec!["acme.example".to_owned()]));
    assert_eq!(created, env.stored("accounts", "account-000001"));

    let fetched = env
        .client
        .get_account("account-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/accounts/account-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateAccount::new().name("Acme Corp");
    let updated = env
        .client
        .update_account("account-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/accounts/account-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "Acme Corp"})),
    );
    assert_eq!(updated.name.as_deref(), Some("Acme Corp"));
    assert_eq!(updated.domains, created.domains);

    let deleted = env
        .client
        .delete_account("account-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/accounts/account-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("account-000001"));
    assert_not_found(
        env.client.get_account("account-000001", &query()).await,
        "accounts",
        "account-000001",
    );
}

#[tokio::test]
async fn accounts_list_pages_a_created_at_range() {
    let env = Env::start(MockServer::builder().seed("accounts", 9)).await;
    let range = Compare::gte(at("2024-01-01T00:40:00Z")).and_lte(at("2024-01-01T01:10:00Z"));
    let list = ListAccountsQuery::new(ACCOUNT).limit(2).created_at(range);
    let accounts = env.client.list_accounts(&list).collect_all().await.unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A40%3A00Z&created_at[lte]=2024-01-01T01%3A10%3A00Z"
    );
    env.assert_pages(
        "/unified/ticketing/accounts",
        &[&first, &format!("{first}&next_cursor=djE6YWNjb3VudHM6Zjo1")], // v1:accounts:f:5
    );
    let ids: Vec<String> = accounts.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("account"));
    assert_eq!(accounts[0], env.stored("accounts", "account-000004"));
    assert!(accounts
        .iter()
        .all(|a| a.domains.as_ref().is_some_and(|d| d.len() == 1)));
}

// ---------------------------------------------------------------- attachments

#[tokio::test]
async fn attachments_create_get_update() {
    let env = Env::start(MockServer::builder().seed_tickets(2).seed("attachments", 7)).await;
    let body = CreateAttachment::new()
        .file_name("log.txt")
        .content_type("text/plain")
        .data("aGVsbG8=");
    let created = env.client.create_attachment(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/attachments",
        ACCOUNT_QUERY,
        Some(json!({"file_name": "log.txt", "content_type": "text/plain", "data": "aGVsbG8="})),
    );
    assert_eq!(created.id.as_deref(), Some("attachment-000008"));
    assert_eq!(created.file_name.as_deref(), Some("log.txt"));
    assert_eq!(created.content_type.as_deref(), Some("text/plain"));
    assert_eq!(created, env.stored("attachments", "attachment-000008"));

    let fetched = env
        .client
        .get_attachment("attachment-000008", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/attachments/attachment-000008",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateAttachment::new().file_name("log-2.txt");
    let updated = env
        .client
        .update_attachment("attachment-000008", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/attachments/attachment-000008",
        ACCOUNT_QUERY,
        Some(json!({"file_name": "log-2.txt"})),
    );
    assert_eq!(updated.file_name.as_deref(), Some("log-2.txt"));
    assert_eq!(updated.content_type, created.content_type);

    // No delete is declared for attachments; an unknown id is a 404 envelope.
    let result = env
        .client
        .get_attachment("attachment-999999", &query())
        .await;
    assert_not_found(result, "attachments", "attachment-999999");
}

#[tokio::test]
async fn attachments_list_filters_by_ticket() {
    let env = Env::start(MockServer::builder().seed_tickets(2).seed("attachments", 7)).await;
    // Seeded attachment n belongs to ticket (n - 1) % 2 + 1: ticket 1 has 1, 3, 5, 7.
    let list = ListAttachmentsQuery::new(ACCOUNT)
        .limit(2)
        .ticket("ticket-000001");
    let attachments = env
        .client
        .list_attachments(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&ticket[id]=ticket-000001");
    env.assert_pages(
        "/unified/ticketing/attachments",
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXR0YWNobWVudHM6Zjoz"),
        ], // v1:attachments:f:3
    );
    let ids: Vec<&str> = attachments.iter().filter_map(|a| a.id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            "attachment-000001",
            "attachment-000003",
            "attachment-000005",
            "attachment-000007"
        ]
    );
    assert_eq!(
        attachments[0].file_name.as_deref(),
        Some("screenshot-1.png")
    );
    assert_eq!(attachments[0].size_bytes(), Some(1_025));
    for attachment in &attachments {
        let id = attachment.id.as_deref().unwrap();
        assert_eq!(
            attachment,
            &env.stored::<AttachmentRecord>("attachments", id)
        );
    }
}

// ---------------------------------------------------------------- users

#[tokio::test]
async fn users_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateUser::new("Grace Hopper")
        .first_name("Grace")
        .last_name("Hopper")
        .emails(vec![Email::new("grace@example.com")])
        .roles(vec![Reference::new("agent", "Agent")]);
    let created = env.client.create_user(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/users",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Grace Hopper",
            "first_name": "Grace",
            "last_name": "Hopper",
            "emails": [{"email": "grace@example.com"}],
            "roles": [{"id": "agent", "name": "Agent"}]
        })),
    );
    assert_eq!(created.id, "user-000001");
    assert_eq!(created.name.as_deref(), Some("Grace Hopper"));
    assert_eq!(created.roles, body.roles);
    assert_eq!(created, env.stored("users", "user-000001"));

    let fetched = env.client.get_user("user-000001", &query()).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/users/user-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateUser::new().avatar("https://example.com/grace.png");
    let updated = env
        .client
        .update_user("user-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/users/user-000001",
        ACCOUNT_QUERY,
        Some(json!({"avatar": "https://example.com/grace.png"})),
    );
    assert_eq!(
        updated.avatar.as_deref(),
        Some("https://example.com/grace.png")
    );
    assert_eq!(
        (&updated.name, &updated.emails),
        (&created.name, &created.emails)
    );

    let deleted = env
        .client
        .delete_user("user-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/users/user-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("user-000001"));
    assert_not_found(
        env.client.get_user("user-000001", &query()).await,
        "users",
        "user-000001",
    );
}

#[tokio::test]
async fn users_list_sends_typed_filters_and_pages_a_sorted_list() {
    let env = Env::start(MockServer::builder().seed("users", 6)).await;
    let list = ListUsersQuery::new(ACCOUNT)
        .limit(2)
        .username("ada")
        .name("Ada")
        .team_id("team-1")
        .team_id("team-2")
        .is_active(true)
        .sort_by(SortBy::desc("created_at"));
    let users = env.client.list_users(&list).collect_all().await.unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&username=ada&name=Ada&team_ids[]=team-1&team_ids[]=team-2\
         &is_active=true&sort_by[created_at]=desc"
    );
    env.assert_pages(
        "/unified/ticketing/users",
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlcnM6bzoy"), // v1:users:o:2
            &format!("{first}&next_cursor=djE6dXNlcnM6bzo0"), // v1:users:o:4
        ],
    );
    // The mock applies the sort; username, name, team_ids and is_active it ignores.
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "user-000006",
            "user-000005",
            "user-000004",
            "user-000003",
            "user-000002",
            "user-000001"
        ]
    );
    for user in &users {
        assert_eq!(user, &env.stored::<User>("users", &user.id));
        assert_eq!(user.roles, Some(vec![Reference::new("agent", "Agent")]));
    }
}

#[tokio::test]
async fn users_list_keyed_by_id() {
    let env = Env::start(MockServer::builder().seed("users", 3)).await;
    let list = ListUsersQuery::from(ListParams::new(ACCOUNT).key_by("id").limit(3));
    let page = env.client.list_users(&list).first_page().await.unwrap();
    env.assert_pages(
        "/unified/ticketing/users",
        &["integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&truto_key_by=id&limit=3"],
    );
    let keys = vec![
        "user-000001".to_owned(),
        "user-000002".to_owned(),
        "user-000003".to_owned(),
    ];
    assert_eq!(page.keys, Some(keys.clone()));
    assert_eq!(
        page.items.iter().map(|u| u.id.clone()).collect::<Vec<_>>(),
        keys
    );
    assert!(page.is_last());
}
