//! Licenses: every method of
//! [`DirectoryLicensesApi`](truto::user_directory::DirectoryLicensesApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::user_directory::{
    DirectoryLicense, DirectoryLicensesApi, DirectoryStatus, LicenseProductStatus,
    ListDirectoryLicensesQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "user-directory/licenses";
const FIRST: &str = "user-directory-license-000001";

#[tokio::test]
async fn licenses_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let license = env
        .client
        .get_directory_license(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/user-directory/licenses/user-directory-license-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/user-directory/licenses.json.
    assert_eq!(license.id.as_deref(), Some(FIRST));
    assert_eq!(license.name.as_deref(), Some("Enterprise seat"));
    assert_eq!(license.description.as_deref(), Some("Everything included"));
    assert_eq!(license.available_quantity, Some(250.into()));
    assert_eq!(license.assigned_quantity, Some(187.into()));
    assert_eq!(license.unit_amount, Some(json!(42.5)));
    assert_eq!(
        license.roles,
        Some(vec![Reference::new("role-member", "Member")])
    );
    assert_eq!(license.is_paid, Some(true));
    assert_eq!(license.currency.as_deref(), Some("EUR"));
    assert_eq!(license.status, Some(DirectoryStatus::Active));
    let product = &license.products.as_deref().unwrap()[0];
    assert_eq!(product.id.as_deref(), Some("prod-mail"));
    assert_eq!(product.name.as_deref(), Some("Mail"));
    assert_eq!(
        product.status,
        Some(LicenseProductStatus::NeedsConfirmation)
    );
    assert_eq!(license.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_not_found(
        env.client.get_directory_license("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn licenses_list_pages_with_organization_and_product() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListDirectoryLicensesQuery::new(ACCOUNT)
        .limit(2)
        .organization_id("org-9")
        .product("onedrive")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let licenses = env
        .client
        .list_directory_licenses(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&organization_id=org-9&product=onedrive&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/user-directory/licenses",
        // v1:user-directory/licenses:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlci1kaXJlY3RvcnkvbGljZW5zZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = licenses.iter().filter_map(|l| l.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("user-directory-license"));
}

#[test]
fn license_decodes_string_amounts_unknown_statuses_and_rejects_text_quantities() {
    let odd: DirectoryLicense = serde_json::from_value(json!({
        "unit_amount": "9.99",
        "status": "suspended",
        "products": [{"status": "provisioning"}],
        "available_quantity": null,
        "seats_url": "x"
    }))
    .unwrap();
    assert_eq!(odd.unit_amount, Some(json!("9.99")));
    assert_eq!(odd.status, Some(DirectoryStatus::Other("suspended".into())));
    assert_eq!(
        odd.products.unwrap()[0].status,
        Some(LicenseProductStatus::Other("provisioning".into()))
    );
    assert_eq!(odd.available_quantity, None);
    assert!(
        serde_json::from_value::<DirectoryLicense>(json!({"assigned_quantity": "12"})).is_err()
    );
}
