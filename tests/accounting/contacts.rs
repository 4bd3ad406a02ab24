//! Contacts: every method of [`AccountingContactsApi`](truto::accounting::AccountingContactsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/contacts.json`).

use serde_json::json;
use truto::accounting::{
    AccountingAddress, AccountingContact, AccountingContactStatus, AccountingContactType,
    AccountingContactsApi, CreateAccountingContact, ListAccountingContactsQuery,
};
use truto::{Compare, Email, PhoneNumber};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/contacts";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-contact";

#[tokio::test]
async fn contacts_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_contact(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/contacts/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingContact {
        name: Some("Babbage Supplies Ltd".into()),
        kind: Some(AccountingContactType::Customer),
        emails: Some(vec![
            Email {
                kind: Some("billing".into()),
                ..Email::new("accounts@babbage.example")
            },
            Email::new("ada@babbage.example"),
        ]),
        tax_number: Some("GB987654321".into()),
        status: Some(AccountingContactStatus::Active),
        currency: Some("GBP".into()),
        company: Some("company_1".into()),
        addresses: Some(vec![AccountingAddress {
            id: Some("addr_1".into()),
            street_1: Some("1 Analytical Row".into()),
            street_2: Some("Floor 2".into()),
            city: Some("London".into()),
            state: Some("Greater London".into()),
            country: Some("GB".into()),
            postal_code: Some("EC1A 1AA".into()),
            kind: Some("billing".into()),
        }]),
        phones: Some(vec![
            PhoneNumber {
                number: Some("+44 20 7946 0000".into()),
                extension: Some("12".into()),
                kind: Some("work".into()),
            },
            PhoneNumber {
                number: Some("+44 7700 900123".into()),
                ..PhoneNumber::default()
            },
        ]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingContact::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_accounting_contact("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn contacts_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingContactsQuery::new(ACCOUNT)
        .limit(2)
        .contact_type(AccountingContactType::Vendor)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_contacts(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `contact_type` (not a filter it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&contact_type=vendor&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/contacts",
        // v1:accounting/contacts:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9jb250YWN0czpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn contacts_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingContact::new()
        .name("Lovelace Analytics")
        .kind(AccountingContactType::Vendor)
        .tax_number("GB123456789")
        .currency("GBP")
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_contact(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/contacts",
        ACCOUNT_QUERY,
        Some(json!({"name": "Lovelace Analytics", "type": "vendor", "tax_number": "GB123456789", "currency": "GBP", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.name, Some("Lovelace Analytics".into()));
    assert_eq!(created, env.stored::<AccountingContact>(STORE, &id));
}

#[test]
fn accounting_contact_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingContact = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingContact::new("r"));
    let nulls: AccountingContact = serde_json::from_value(json!({"name": null, "type": null, "emails": null, "tax_number": null, "status": null, "currency": null, "company": null, "addresses": null, "phones": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingContact::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingContact>(json!({"name": "x"})).is_err());
    let odd: AccountingContact =
        serde_json::from_value(json!({"id": "r", "type": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.kind,
        Some(AccountingContactType::Other(
            "not_a_documented_value".into()
        ))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingContact>(json!({"id": "r", "name": 5})).is_err());
}
