//! The endpoints of the part-B ticketing resources, declared with `#[truto_endpoint]` and
//! available on [`Client`] through one trait per resource.
//!
//! Only the methods Truto's API reference shows are declared (the sources are named on each
//! trait and in the resource modules). Get, create, update and delete take a
//! [`UnifiedQuery`]; where the docs show further query parameters for a method (an `etag`
//! for Microsoft 365 and Planner updates, `collection[id]` for Pivotal Tracker, an
//! organization for Zoho Projects, a `type` for collection writes), the trait says so:
//! `UnifiedQuery` cannot carry them yet.
//!
//! Deletes decode into [`Deleted`] (`{"id": ...}`, Truto's documented delete answer); the
//! tags, tasks and workspaces delete pages document the deleted object itself as the
//! response body, whose `id` decodes the same way.

use super::deleted::Deleted;
use super::{
    CollectionRecord, CreateCollection, CreateField, CreateTag, CreateTask, CreateTaskList,
    CreateTeam, CreateWorkspace, Field, ListCollectionsQuery, ListFieldsQuery, ListTagsQuery,
    ListTaskListsQuery, ListTasksQuery, ListTeamsQuery, ListTicketPrioritiesQuery,
    ListTicketStatusesQuery, ListTicketTypesQuery, ListWorkspacesQuery, Organization, Tag, Task,
    TaskList, Team, TicketPriority, TicketStatusRecord, TicketType, UpdateCollection, UpdateField,
    UpdateTag, UpdateTask, UpdateTeam, UpdateWorkspace, Workspace,
};
use crate::{truto_endpoint, Api, Client, Paginator, Result, UnifiedQuery};

/// The `collections` resource: list, get, create, update, delete
/// (`/unified/ticketing/collections`, all five confirmed by the API reference).
///
/// Writes may need query parameters `UnifiedQuery` has no slot for: `type` (create:
/// `epic`/`project`/`section`, required by Pivotal Tracker and Todoist), `etag` (update and
/// delete, required by Microsoft 365 and Planner), `workspace` and an organization.
pub trait CollectionsApi: Api {
    /// Lists collections: the lists, projects, epics, ... that group tickets and contacts.
    #[truto_endpoint(GET, "/unified/ticketing/collections")]
    fn list_collections(
        &self,
        #[query] query: &ListCollectionsQuery,
    ) -> Paginator<CollectionRecord>;

    /// Gets one collection.
    #[truto_endpoint(GET, "/unified/ticketing/collections/{id}")]
    async fn get_collection(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
    ) -> Result<CollectionRecord>;

    /// Creates a collection.
    #[truto_endpoint(POST, "/unified/ticketing/collections")]
    async fn create_collection(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateCollection,
    ) -> Result<CollectionRecord>;

    /// Updates a collection.
    #[truto_endpoint(PATCH, "/unified/ticketing/collections/{id}")]
    async fn update_collection(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateCollection,
    ) -> Result<CollectionRecord>;

    /// Deletes a collection.
    #[truto_endpoint(DELETE, "/unified/ticketing/collections/{id}")]
    async fn delete_collection(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl CollectionsApi for Client {}

/// The `fields` resource: list, get, create, update, delete (`/unified/ticketing/fields`;
/// the pages `fields/list`, `get`, `create`, `update`, `delete` exist).
pub trait FieldsApi: Api {
    /// Lists fields: the attributes (system and custom) of tickets, contacts, ... Many
    /// integrations require [`ListFieldsQuery::entity_type`].
    #[truto_endpoint(GET, "/unified/ticketing/fields")]
    fn list_fields(&self, #[query] query: &ListFieldsQuery) -> Paginator<Field>;

    /// Gets one field.
    #[truto_endpoint(GET, "/unified/ticketing/fields/{id}")]
    async fn get_field(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Field>;

    /// Creates a field.
    #[truto_endpoint(POST, "/unified/ticketing/fields")]
    async fn create_field(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateField,
    ) -> Result<Field>;

    /// Updates a field.
    #[truto_endpoint(PATCH, "/unified/ticketing/fields/{id}")]
    async fn update_field(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateField,
    ) -> Result<Field>;

    /// Deletes a field.
    #[truto_endpoint(DELETE, "/unified/ticketing/fields/{id}")]
    async fn delete_field(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl FieldsApi for Client {}

/// The `organizations` resource: get only (`organizations/get`, Zoho Desk and Zoho
/// Projects). A list method probably exists (Trello offers the resource without get) but
/// its page was not found, so it is not declared.
pub trait OrganizationsApi: Api {
    /// Gets one organization: the company or entity using the ticketing system.
    #[truto_endpoint(GET, "/unified/ticketing/organizations/{id}")]
    async fn get_organization(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
    ) -> Result<Organization>;
}

impl OrganizationsApi for Client {}

/// The `tags` resource: list, get, create, update, delete (`/unified/ticketing/tags`).
///
/// Pivotal Tracker requires a collection of type project (`collection[id]`) on get, create,
/// update and delete, and Zoho Projects takes an organization on delete: query parameters
/// `UnifiedQuery` has no slot for.
pub trait TagsApi: Api {
    /// Lists tags.
    #[truto_endpoint(GET, "/unified/ticketing/tags")]
    fn list_tags(&self, #[query] query: &ListTagsQuery) -> Paginator<Tag>;

    /// Gets one tag.
    #[truto_endpoint(GET, "/unified/ticketing/tags/{id}")]
    async fn get_tag(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Tag>;

    /// Creates a tag.
    #[truto_endpoint(POST, "/unified/ticketing/tags")]
    async fn create_tag(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateTag,
    ) -> Result<Tag>;

    /// Updates a tag.
    #[truto_endpoint(PATCH, "/unified/ticketing/tags/{id}")]
    async fn update_tag(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateTag,
    ) -> Result<Tag>;

    /// Deletes a tag.
    #[truto_endpoint(DELETE, "/unified/ticketing/tags/{id}")]
    async fn delete_tag(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl TagsApi for Client {}

/// The `task_lists` resource: list, create, get (`/unified/ticketing/task_lists`; no update
/// or delete is documented).
pub trait TaskListsApi: Api {
    /// Lists task lists.
    #[truto_endpoint(GET, "/unified/ticketing/task_lists")]
    fn list_task_lists(&self, #[query] query: &ListTaskListsQuery) -> Paginator<TaskList>;

    /// Creates a task list.
    #[truto_endpoint(POST, "/unified/ticketing/task_lists")]
    async fn create_task_list(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateTaskList,
    ) -> Result<TaskList>;

    /// Gets one task list.
    #[truto_endpoint(GET, "/unified/ticketing/task_lists/{id}")]
    async fn get_task_list(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<TaskList>;
}

impl TaskListsApi for Client {}

/// The `tasks` resource: list, create, update, delete (`/unified/ticketing/tasks`). No get
/// page was found, so no get is declared. Trello requires the task's ticket
/// (`ticket[id]`) as a query parameter on update, which `UnifiedQuery` has no slot for.
pub trait TasksApi: Api {
    /// Lists tasks: the smaller subdivisions of tickets.
    #[truto_endpoint(GET, "/unified/ticketing/tasks")]
    fn list_tasks(&self, #[query] query: &ListTasksQuery) -> Paginator<Task>;

    /// Creates a task.
    #[truto_endpoint(POST, "/unified/ticketing/tasks")]
    async fn create_task(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateTask,
    ) -> Result<Task>;

    /// Updates a task.
    #[truto_endpoint(PATCH, "/unified/ticketing/tasks/{id}")]
    async fn update_task(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateTask,
    ) -> Result<Task>;

    /// Deletes a task.
    #[truto_endpoint(DELETE, "/unified/ticketing/tasks/{id}")]
    async fn delete_task(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl TasksApi for Client {}

/// The `teams` resource: list, create, get, update, delete (`/unified/ticketing/teams`).
pub trait TeamsApi: Api {
    /// Lists teams: the groups of users (groups, agent groups, ...).
    #[truto_endpoint(GET, "/unified/ticketing/teams")]
    fn list_teams(&self, #[query] query: &ListTeamsQuery) -> Paginator<Team>;

    /// Creates a team.
    #[truto_endpoint(POST, "/unified/ticketing/teams")]
    async fn create_team(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateTeam,
    ) -> Result<Team>;

    /// Gets one team.
    #[truto_endpoint(GET, "/unified/ticketing/teams/{id}")]
    async fn get_team(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Team>;

    /// Updates a team.
    #[truto_endpoint(PATCH, "/unified/ticketing/teams/{id}")]
    async fn update_team(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateTeam,
    ) -> Result<Team>;

    /// Deletes a team.
    #[truto_endpoint(DELETE, "/unified/ticketing/teams/{id}")]
    async fn delete_team(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl TeamsApi for Client {}

/// The `ticket_priorities` resource: list only (`GET /unified/ticketing/ticket_priorities`).
pub trait TicketPrioritiesApi: Api {
    /// Lists the ticket priorities the provider defines. The docs mark the list a partial
    /// response, though no get method is documented.
    #[truto_endpoint(GET, "/unified/ticketing/ticket_priorities")]
    fn list_ticket_priorities(
        &self,
        #[query] query: &ListTicketPrioritiesQuery,
    ) -> Paginator<TicketPriority>;
}

impl TicketPrioritiesApi for Client {}

/// The `ticket_status` resource: list only (`GET /unified/ticketing/ticket_status`; the slug
/// is singular).
pub trait TicketStatusesApi: Api {
    /// Lists the ticket statuses the provider defines.
    #[truto_endpoint(GET, "/unified/ticketing/ticket_status")]
    fn list_ticket_statuses(
        &self,
        #[query] query: &ListTicketStatusesQuery,
    ) -> Paginator<TicketStatusRecord>;
}

impl TicketStatusesApi for Client {}

/// The `ticket_types` resource: list only (`GET /unified/ticketing/ticket_types`).
pub trait TicketTypesApi: Api {
    /// Lists the ticket types the provider defines (bug, feature, incident, ...).
    #[truto_endpoint(GET, "/unified/ticketing/ticket_types")]
    fn list_ticket_types(&self, #[query] query: &ListTicketTypesQuery) -> Paginator<TicketType>;
}

impl TicketTypesApi for Client {}

/// The `workspaces` resource: list, create, get, update, delete
/// (`/unified/ticketing/workspaces`).
///
/// Update and delete take an `etag` query parameter (required by Microsoft 365 and Planner)
/// and get an organization (Zoho Projects), which `UnifiedQuery` has no slot for.
pub trait WorkspacesApi: Api {
    /// Lists workspaces.
    #[truto_endpoint(GET, "/unified/ticketing/workspaces")]
    fn list_workspaces(&self, #[query] query: &ListWorkspacesQuery) -> Paginator<Workspace>;

    /// Creates a workspace.
    #[truto_endpoint(POST, "/unified/ticketing/workspaces")]
    async fn create_workspace(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateWorkspace,
    ) -> Result<Workspace>;

    /// Gets one workspace.
    #[truto_endpoint(GET, "/unified/ticketing/workspaces/{id}")]
    async fn get_workspace(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Workspace>;

    /// Updates a workspace.
    #[truto_endpoint(PATCH, "/unified/ticketing/workspaces/{id}")]
    async fn update_workspace(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateWorkspace,
    ) -> Result<Workspace>;

    /// Deletes a workspace.
    #[truto_endpoint(DELETE, "/unified/ticketing/workspaces/{id}")]
    async fn delete_workspace(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl WorkspacesApi for Client {}
