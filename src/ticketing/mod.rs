//! Truto's unified ticketing API (`/unified/ticketing/...`), typed: the models, their write
//! bodies and list queries, and the endpoints, declared with `#[truto_endpoint]` and
//! implemented for [`Client`](crate::Client).
//!
//! Truto maps the ticketing tools it integrates (help desks, issue trackers) onto one shape.
//! Each of the 17 resources has one file, named after its path segment, holding its model,
//! its create / update bodies, its list query and its endpoint trait:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `tickets.rs` (+ `tickets/write.rs`) | [`Ticket`], with the custom method `import` | [`TicketsApi`] |
//! | `comments.rs` (+ `comments/write.rs`) | [`Comment`] | [`CommentsApi`] |
//! | `contacts.rs` | [`Contact`] | [`ContactsApi`] |
//! | `accounts.rs` | [`Account`] | [`AccountsApi`] |
//! | `attachments.rs` (+ `attachments/upload.rs`) | [`AttachmentRecord`], uploads and downloads | [`AttachmentsApi`] |
//! | `users.rs` | [`User`] | [`UsersApi`] |
//! | `collections.rs` | [`CollectionRecord`] | [`CollectionsApi`] |
//! | `fields.rs` | [`Field`] | [`FieldsApi`] |
//! | `organizations.rs` | [`Organization`] | [`OrganizationsApi`] |
//! | `tags.rs` | [`Tag`] | [`TagsApi`] |
//! | `tasks.rs` | [`Task`] | [`TasksApi`] |
//! | `task_lists.rs` | [`TaskList`] | [`TaskListsApi`] |
//! | `teams.rs` | [`Team`] | [`TeamsApi`] |
//! | `ticket_priorities.rs` | [`TicketPriority`] | [`TicketPrioritiesApi`] |
//! | `ticket_status.rs` | [`TicketStatusRecord`] | [`TicketStatusesApi`] |
//! | `ticket_types.rs` | [`TicketType`] | [`TicketTypesApi`] |
//! | `workspaces.rs` | [`Workspace`] | [`WorkspacesApi`] |
//!
//! Shared by several resources: `people.rs` ([`ContactRef`], [`UserRef`], [`Email`],
//! [`Phone`]) and `references.rs` ([`Reference`], [`Collection`], [`Conversation`],
//! [`Attachment`], [`CreatedBy`], [`TicketStatusRef`] and the open enums [`TicketStatus`],
//! [`CreatorType`]). What is not ticketing-specific lives at the crate level and is
//! re-exported here: [`Deleted`], [`IdFilter`], [`SortBy`], [`SortDirection`].
//!
//! Every file's docs name the reference pages it follows. Decoding is forgiving in the ways
//! real data needs (unknown fields ignored, unknown enum values kept, `null` accepted wherever
//! a field is optional) and strict about types: a number where a string is documented is a
//! decoding error.
//!
//! `use truto::ticketing::prelude::*;` brings every trait of this module into scope (the
//! crate's [`prelude`](crate::prelude) has them too):
//!
//! ```no_run
//! use truto::ticketing::prelude::*;
//! use truto::ticketing::{CreateTicket, ListTicketsQuery};
//! use truto::{Client, QueryParams};
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let ticket = acme
//!     .create_ticket(&QueryParams::default(), &CreateTicket::new().name("Printer on fire"))
//!     .await?;
//! let open = acme.list_tickets(&ListTicketsQuery::default().param("status", "open"));
//! # let _ = (ticket, open); Ok(()) }
//! ```

mod accounts;
mod attachments;
mod collections;
mod comments;
mod contacts;
mod fields;
mod organizations;
mod people;
mod references;
mod tags;
mod task_lists;
mod tasks;
mod teams;
mod ticket_priorities;
mod ticket_status;
mod ticket_types;
mod tickets;
mod users;
mod workspaces;

#[cfg(test)]
pub(crate) mod test_support;

pub use accounts::{Account, AccountsApi, CreateAccount, ListAccountsQuery, UpdateAccount};
pub use attachments::{
    AttachmentRecord, AttachmentUpload, AttachmentsApi, CreateAttachment, ListAttachmentsQuery,
    UpdateAttachment,
};
pub use collections::{
    CollectionEntityType, CollectionRecord, CollectionType, CollectionUrl, CollectionsApi,
    CreateCollection, ListCollectionsQuery, UpdateCollection,
};
pub use comments::{
    Comment, CommentAttachment, CommentAttachmentUpload, CommentAuthor, CommentChannel,
    CommentPartyType, CommentQuery, CommentReceiver, CommentsApi, CreateComment, ListCommentsQuery,
    UpdateComment,
};
pub use contacts::{
    Contact, ContactPhone, ContactsApi, CreateContact, ListContactsQuery, UpdateContact,
};
pub use fields::{
    CreateField, Field, FieldApplicableIn, FieldEntityType, FieldOption, FieldStatus, FieldType,
    FieldsApi, ListFieldsQuery, UpdateField,
};
pub use organizations::{Organization, OrganizationsApi};
pub use people::{ContactRef, Email, Phone, UserRef};
pub use references::{
    Attachment, Collection, Conversation, CreatedBy, CreatorType, Reference, TicketStatus,
    TicketStatusRef,
};
pub use tags::{CreateTag, ListTagsQuery, Tag, TagStatus, TagsApi, UpdateTag};
pub use task_lists::{CreateTaskList, ListTaskListsQuery, TaskList, TaskListsApi};
pub use tasks::{CreateTask, ListTasksQuery, Task, TasksApi, UpdateTask};
pub use teams::{CreateTeam, ListTeamsQuery, Team, TeamsApi, UpdateTeam};
pub use ticket_priorities::{ListTicketPrioritiesQuery, TicketPrioritiesApi, TicketPriority};
pub use ticket_status::{ListTicketStatusesQuery, TicketStatusRecord, TicketStatusesApi};
pub use ticket_types::{ListTicketTypesQuery, TicketType, TicketTypesApi};
pub use tickets::{
    CreateTicket, ImportTicketBody, ListTicketsQuery, Ticket, TicketsApi, UpdateTicket,
};
pub use users::{CreateUser, ListUsersQuery, UpdateUser, User, UsersApi};
pub use workspaces::{
    CreateWorkspace, ListWorkspacesQuery, UpdateWorkspace, Workspace, WorkspaceStatus,
    WorkspaceType, WorkspacesApi,
};

pub use crate::{Deleted, IdFilter, SortBy, SortDirection};

/// The name [`TicketsApi`] had before 0.2, when it held only the `import_ticket*` methods.
///
/// The import methods moved to `TicketsApi`; this name still brings them into scope and
/// still works in `impl TicketingApi for MyClient {}`. Prefer `TicketsApi` (or
/// `use truto::prelude::*`); this name goes in 0.3. (Rust does not yet warn on a deprecated
/// re-export, so it carries no `#[deprecated]` attribute: see the changelog.)
pub use tickets::TicketsApi as TicketingApi;

/// Every endpoint trait of the ticketing API, to glob-import: `use truto::ticketing::prelude::*;`.
pub mod prelude {
    pub use super::{
        AccountsApi, AttachmentsApi, CollectionsApi, CommentsApi, ContactsApi, FieldsApi,
        OrganizationsApi, TagsApi, TaskListsApi, TasksApi, TeamsApi, TicketPrioritiesApi,
        TicketStatusesApi, TicketTypesApi, TicketsApi, UsersApi, WorkspacesApi,
    };
}
