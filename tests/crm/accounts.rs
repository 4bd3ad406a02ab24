//! Accounts: every method of [`CrmAccountsApi`](truto::crm::CrmAccountsApi) over loopback
//! HTTP against the mock's `crm/accounts` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{
    CreateCrmAccount, CrmAccount, CrmAccountsApi, CrmAddress, CrmPhoneNumber, CrmPhoneNumberType,
    CrmUrl, ListCrmAccountsQuery, UpdateCrmAccount,
};
use truto::{Compare, Deleted, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/accounts";
const PREFIX: &str = "crm-account";

#[tokio::test]
async fn accounts_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateCrmAccount::new()
        .name("Initech")
        .website("https://initech.example")
        .number_of_employees(40u64)
        .owner_id("u_3");
    let created = env
        .client
        .create_crm_account(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/accounts",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Initech",
            "website": "https://initech.example",
            "number_of_employees": 40,
            "owner": {"id": "u_3"}
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.number_of_employees, Some(40));
    assert_eq!(created.owner, Some(Reference::with_id("u_3")));
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_crm_account(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/accounts/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateCrmAccount::new()
        .industry("Software")
        .number_of_employees(41u64);
    let updated = env
        .client
        .update_crm_account(&id, &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/crm/accounts/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"industry": "Software", "number_of_employees": 41})),
    );
    assert_eq!(updated.industry.as_deref(), Some("Software"));
    assert_eq!(updated.number_of_employees, Some(41));
    assert_eq!(updated.name.as_deref(), Some("Initech"));

    let deleted = env.client.delete_crm_account(&id, &query()).await.unwrap();
    env.assert_sent(
        "DELETE",
        &format!("/unified/crm/accounts/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new(id.clone()));
    assert_not_found(env.client.get_crm_account(&id, &query()).await, STORE, &id);
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/accounts.json`.
#[tokio::test]
async fn seeded_account_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let a = env.client.get_crm_account(&id, &query()).await.unwrap();
    assert_eq!(a.id, id);
    assert_eq!(a.owner, Some(Reference::with_id("crm-user-000001")));
    assert_eq!(a.name.as_deref(), Some("Analytical Engines"));
    assert_eq!(
        a.description.as_deref(),
        Some("Difference and analytical engines")
    );
    assert_eq!(a.industry.as_deref(), Some("Computing"));
    assert_eq!(a.website.as_deref(), Some("https://engines.example.com"));
    assert_eq!(a.number_of_employees, Some(250));
    let address = CrmAddress {
        id: Some("addr_9".into()),
        street_1: Some("1 Babbage Way".into()),
        city: Some("London".into()),
        postal_code: Some("N1 9GU".into()),
        country: Some("GB".into()),
        kind: Some("billing".into()),
        ..CrmAddress::default()
    };
    assert_eq!(a.addresses, Some(vec![address]));
    let phone = CrmPhoneNumber {
        id: Some("ph_9".into()),
        kind: Some(CrmPhoneNumberType::Fax),
        ..CrmPhoneNumber::new("+44 20 7946 0999")
    };
    assert_eq!(a.phone_numbers, Some(vec![phone]));
    let url = CrmUrl {
        url: Some("https://linkedin.example.com/engines".into()),
        kind: Some("linkedin".into()),
    };
    assert_eq!(a.urls, Some(vec![url]));
    assert_eq!(a.tags, Some(vec![json!("enterprise")]));
    assert_eq!(a.custom_fields.unwrap()["segment"], json!("mid-market"));
    // 10:00 at +01:00 is 09:00 UTC.
    assert_eq!(a.last_activity_at, Some(at("2024-03-04T09:00:00Z")));
    assert_eq!(a.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(a.remote_data.unwrap()["id"], json!(1));
}

#[test]
fn account_decodes_required_only_nulls_and_extras() {
    let only_id: CrmAccount = serde_json::from_value(json!({"id": "a1"})).unwrap();
    assert_eq!(
        only_id,
        CrmAccount {
            id: "a1".into(),
            ..CrmAccount::default()
        }
    );
    let nulls: CrmAccount = serde_json::from_value(json!({
        "id": "a2", "owner": null, "number_of_employees": null, "addresses": null,
        "something_new": [1, 2]
    }))
    .unwrap();
    assert_eq!(nulls.owner, None);
    assert_eq!(nulls.number_of_employees, None);
    // A negative head count or a string where an integer is documented is an error.
    assert!(
        serde_json::from_value::<CrmAccount>(json!({"id": "a", "number_of_employees": -1}))
            .is_err()
    );
    assert!(
        serde_json::from_value::<CrmAccount>(json!({"id": "a", "number_of_employees": "9"}))
            .is_err()
    );
}

#[tokio::test]
async fn accounts_list_pages_with_name_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCrmAccountsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)))
        .name("Analytical Engines");
    let all = env
        .client
        .list_crm_accounts(&list)
        .collect_all()
        .await
        .unwrap();
    // The typed filters go after Truto's own parameters, in declaration order.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&name=Analytical%20Engines&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/crm/accounts",
        // v1:crm/accounts:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL2FjY291bnRzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}
