//! Truto's unified knowledge base API (`/unified/knowledge-base/...`), typed: the models,
//! their write bodies and list queries, and the endpoints, declared with `#[truto_endpoint]`
//! and implemented for [`Client`](crate::Client).
//!
//! Truto maps wikis and help centers (Coda, Confluence, Discourse, Help Scout Docs, Intercom,
//! Notion, Readme, Slab, Zendesk Help Center, ...) onto one shape. The pages found name five
//! resources (`docs/unified-apis.md`); one file per resource, named after its path segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `pages.rs` | [`KnowledgePage`] | [`KnowledgePagesApi`] |
//! | `collections.rs` | [`KnowledgeCollection`] | [`KnowledgeCollectionsApi`] |
//! | `page_content.rs` (`page-content`) | [`KnowledgePageContent`] | [`KnowledgePageContentApi`] |
//! | `files.rs` | [`KnowledgeFile`], with the custom method `download` | [`KnowledgeFilesApi`] |
//! | `users.rs` | [`KnowledgeUser`] | [`KnowledgeUsersApi`] |
//!
//! Every name carries `Knowledge` because [`truto::prelude`](crate::prelude) imports every
//! API's traits. Only the methods a reference page documents are declared, except for users
//! (no method page at all), which get list and get.
//!
//! ```no_run
//! use truto::knowledge_base::prelude::*;
//! use truto::knowledge_base::{KnowledgePageStatus, UpdateKnowledgePage};
//! use truto::{Client, QueryParams};
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let query = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let body = UpdateKnowledgePage::new().status(KnowledgePageStatus::Archived);
//! let page = client.update_knowledge_page("98304", &query, &body).await?;
//! # let _ = page; Ok(()) }
//! ```

mod collections;
mod files;
mod page_content;
mod pages;
mod users;

pub use collections::{
    KnowledgeCollection, KnowledgeCollectionsApi, ListKnowledgeCollectionsQuery,
};
pub use files::{KnowledgeFile, KnowledgeFilesApi};
pub use page_content::{KnowledgePageContent, KnowledgePageContentApi};
pub use pages::{
    KnowledgePage, KnowledgePageParent, KnowledgePageStatus, KnowledgePagesApi, UpdateKnowledgePage,
};
pub use users::{KnowledgeUser, KnowledgeUsersApi, ListKnowledgeUsersQuery};

/// Every endpoint trait of the knowledge base API, to glob-import:
/// `use truto::knowledge_base::prelude::*;`.
pub mod prelude {
    pub use super::{
        KnowledgeCollectionsApi, KnowledgeFilesApi, KnowledgePageContentApi, KnowledgePagesApi,
        KnowledgeUsersApi,
    };
}
