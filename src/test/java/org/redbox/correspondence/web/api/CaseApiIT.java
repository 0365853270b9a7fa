package org.redbox.correspondence.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.directory.internal.ApiTokenAdministration;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** The case API as the load harness and council systems use it, with a bearer token per role. */
@IntegrationTest
class CaseApiIT {

	static final String LETTER = """
			{"office":"MAY","type":"GENERAL","channel":"LETTER","receivedOn":"2026-11-20","subject":"Bus lane on Mill Road",
			 "text":"The new bus lane has doubled my commute.","correspondent":{"name":"Nadia Okafor",
			 "email":"nadia.okafor@example.org","address":"12 Mill Road, Exampleton, EX1 2AB"},"topics":["transport"],
			 "marking":"OFFICIAL","descriptor":null,"reputationalRisk":false}""";

	private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	ApiTokenAdministration tokens;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	java.time.Clock clock;

	@Test
	void aLetterIsLoggedReadAndMovedOnThroughTheApi() throws Exception {
		String id = create(LETTER).andExpect(status().isCreated())
				.andExpect(header().string("Location", matchesPattern("/api/cases/[0-9a-f-]{36}")))
				.andExpect(jsonPath("$.reference").value(matchesPattern("MAY-2026-\\d{5}")))
				.andExpect(jsonPath("$.stage").value("TRIAGE"))
				.andExpect(jsonPath("$.correspondents[0].email").value("nadia.okafor@example.org"))
				.andReturn().getResponse().getHeader("Location").substring("/api/cases/".length());

		as(Role.CASEWORKER, get("/api/cases/" + id)).andExpect(status().isOk())
				.andExpect(jsonPath("$.office").value("MAY"))
				.andExpect(jsonPath("$.subject").value("Bus lane on Mill Road"))
				.andExpect(jsonPath("$.deadline").exists())
				.andExpect(jsonPath("$.priority.score").isNumber())
				.andExpect(jsonPath("$.marking").value("OFFICIAL"))
				.andExpect(jsonPath("$.timeline[0].kind").value("CaseLogged"))
				.andExpect(jsonPath("$.timeline[0].by").value(demo.holding(Role.CASEWORKER).name()));
		assertThat(jdbc.queryForList("select actor_name from audit_entry where kind = 'READ' and record_id = ?",
				String.class, id)).as("an API read is audited like the page").isNotEmpty();

		transition(Role.CASEWORKER, id, "{\"action\":\"complete-triage\",\"topics\":[\"transport\"],\"reputationalRisk\":true}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("ALLOCATION"));
		String allocate = "{\"action\":\"allocate\",\"team\":\"" + correspondenceTeam() + "\",\"officer\":\""
				+ demo.holding(Role.CASEWORKER).id() + "\"}";
		transition(Role.CASEWORKER, id, allocate).andExpect(status().isForbidden());
		transition(Role.CORRESPONDENCE_MANAGER, id, allocate).andExpect(status().isOk())
				.andExpect(jsonPath("$.stage").value("DRAFTING"))
				.andExpect(jsonPath("$.team").value("Correspondence"))
				.andExpect(jsonPath("$.officer").value(demo.holding(Role.CASEWORKER).name()));
		transition(Role.CORRESPONDENCE_MANAGER, id, "{\"action\":\"approve\"}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("not awaiting approval")));
		transition(Role.CASEWORKER, id, "{\"action\":\"save-draft\",\"html\":\"<p>Dear Ms Okafor</p>\"}")
				.andExpect(status().isOk());
		transition(Role.CASEWORKER, id, "{\"action\":\"add-note\",\"note\":\"Rang her back\"}")
				.andExpect(jsonPath("$.timeline[*].kind", hasItem("CaseNoteAdded")));
	}

	@Test
	void anUnknownActionIsRefusedListingTheValidOnes() throws Exception {
		String id = idOf(create(LETTER));
		transition(Role.CASEWORKER, id, "{\"action\":\"teleport\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("action"))
				.andExpect(jsonPath("$.detail").value(containsString("complete-triage, close-without-reply, allocate")));
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndChangesNothing() throws Exception {
		int before = jdbc.queryForObject("select count(*) from case_file", Integer.class);
		create(LETTER.replace("\"subject\":\"Bus lane on Mill Road\",", "")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("subject"));
		create(LETTER.replace("GENERAL", "LOVE_LETTER")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("type"))
				.andExpect(jsonPath("$.detail").value(containsString("GENERAL, MEMBER")));
		create(LETTER.replace("\"OFFICIAL\"", "\"SECRET\"")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("marking"));
		create(LETTER.replace("2026-11-20", "20/11/2026")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("receivedOn"));
		create(LETTER.replace("\"name\":\"Nadia Okafor\",", "")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("correspondent.name"));
		create("{not json").andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isEqualTo(before);
	}

	@Test
	void onlyOfficeAndTypeSubjectTextAndANameAreNeeded() throws Exception {
		create("""
				{"office":"MAY","type":"GENERAL","subject":"Potholes","text":"Fill them","correspondent":{"name":"Ann Lee"}}""")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.receivedOn").value(java.time.LocalDate.now(clock.withZone(org.redbox.RedboxApplication.LONDON)).toString()));
	}

	@Test
	void aCaseYouMayNotSeeIsNotFoundAndAnOfficeYouDoNotWorkIsForbidden() throws Exception {
		String sensitive = idOf(as(Role.CORRESPONDENCE_MANAGER, post("/api/cases").contentType(MediaType.APPLICATION_JSON)
				.content(LETTER.replace("\"OFFICIAL\"", "\"OFFICIAL-SENSITIVE\"").replace("null", "\"PERSONAL\""))));

		as(Role.POLICY_OFFICER, get("/api/cases/" + sensitive)).andExpect(status().isNotFound());
		as(Role.POLICY_OFFICER, get("/api/cases/" + UUID.randomUUID())).andExpect(status().isNotFound());
		as(Role.CORRESPONDENCE_MANAGER, get("/api/cases/" + sensitive)).andExpect(status().isOk())
				.andExpect(jsonPath("$.marking").value("OFFICIAL-SENSITIVE PERSONAL"));
		create(LETTER.replace("\"MAY\"", "\"HSG\"")).andExpect(status().isForbidden());
	}

	@Test
	void aSessionKeepsCsrfButABearerTokenNeedsNone() throws Exception {
		mvc.perform(post("/api/cases").with(demo.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON).content(LETTER))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/cases").with(demo.as(Role.CASEWORKER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(LETTER)).andExpect(status().isCreated());
		mvc.perform(get("/api/cases")).andExpect(status().isUnauthorized());
	}

	@Test
	void withoutAQueryTheListIsTheCallersWorkstack() throws Exception {
		String id = idOf(create(LETTER));
		as(Role.CORRESPONDENCE_MANAGER, get("/api/cases").param("view", "ALL").param("size", "100"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.size").value(100))
				.andExpect(jsonPath("$.total").isNumber());
		String all = as(Role.CORRESPONDENCE_MANAGER, get("/api/cases").param("view", "ALL").param("size", "100"))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(all, "$.results[*].id")).hasSizeGreaterThan(0);
		as(Role.CASEWORKER, get("/api/cases").param("view", "EVERYTHING")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("view"));
		as(Role.CASEWORKER, get("/api/cases").param("size", "1000")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("size"));
		assertThat(id).isNotBlank();
	}

	@Test
	void theOpenApiDocumentListsTheCasePathsAndTheBearerScheme() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/cases'].post").exists())
				.andExpect(jsonPath("$.paths['/api/cases'].get").exists())
				.andExpect(jsonPath("$.paths['/api/cases/{id}'].get").exists())
				.andExpect(jsonPath("$.paths['/api/cases/{id}/transitions'].post").exists())
				.andExpect(jsonPath("$.paths['/api/cases/{id}/transitions'].post.responses['409']").exists())
				.andExpect(jsonPath("$.components.schemas.Problem.properties.parameter").exists())
				.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
				.andExpect(jsonPath("$.components.schemas.CaseJson.properties.timeline").exists())
				.andExpect(jsonPath("$.components.schemas.NewCaseRequest.properties.correspondent").exists());
	}

	private ResultActions create(String json) throws Exception {
		return as(Role.CASEWORKER, post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions transition(Role role, String id, String json) throws Exception {
		return as(role, post("/api/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions as(Role role,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		String token = TOKENS.computeIfAbsent(role, r -> tokens.create(demo.holding(r), "CaseApiIT").secret());
		return mvc.perform(request.header("Authorization", "Bearer " + token));
	}

	private static String idOf(ResultActions created) throws Exception {
		return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private UUID correspondenceTeam() {
		var mayor = directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow();
		return directory.teams(mayor.id()).stream().filter(t -> t.name().equals("Correspondence")).findFirst()
				.orElseThrow().id();
	}
}
