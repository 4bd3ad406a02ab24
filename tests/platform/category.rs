//! Categories: [`CategoriesApi`](truto::platform::CategoriesApi) over loopback HTTP.

use truto::platform::{CategoriesApi, Category, ListCategoriesQuery};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn categories_list_across_pages() {
    let env = Env::start(MockServer::builder().seed("category", 3)).await;
    let query = ListCategoriesQuery::new().limit(2);
    let categories: Vec<Category> = env
        .client
        .list_categories(&query)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(categories.len(), 3);
    assert!(categories.iter().all(|c| c.name == "helpdesk"));
    assert_eq!(categories[0].label.as_deref(), Some("Helpdesk"));
    assert_pages(
        &env,
        "/category",
        &[
            Some("limit=2"),
            // base64url of `v1:category:f:2`.
            Some("limit=2&next_cursor=djE6Y2F0ZWdvcnk6Zjoy"),
        ],
    );
    let all: Vec<Category> = env
        .client
        .list_categories(&ListCategoriesQuery::new())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 3);
    assert_pages(&env, "/category", &[None]);
}
