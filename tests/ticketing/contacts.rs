//! Contacts: every method of [`ContactsApi`](truto::ticketing::ContactsApi) over loopback HTTP
//! against the mock's store.

use serde_json::json;
use truto::ticketing::{
    Contact, ContactPhone, ContactsApi, CreateContact, Deleted, Email, ListContactsQuery,
    UpdateContact,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

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
