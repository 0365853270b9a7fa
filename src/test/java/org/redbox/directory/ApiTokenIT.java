package org.redbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Scripts call the API with a token that acts as its owner, until it is revoked. */
@IntegrationTest
class ApiTokenIT {

	private static final Pattern TOKEN = Pattern.compile("rbx_[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	AuditedActions audit;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTokenIsShownOnceStoredOnlyAsAHashAndActsAsItsOwnerUntilRevoked() throws Exception {
		String token = createToken(Role.CASEWORKER, "Council import");

		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, sha256(token)))
				.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or name = ?", Integer.class,
				token, token)).as("the token itself is never stored").isZero();
		assertThat(mvc.perform(get("/account/api-tokens").with(demo.as(Role.CASEWORKER))).andReturn().getResponse()
				.getContentAsString()).contains("Council import").doesNotContain(token);

		mvc.perform(deadlines().header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		String id = jdbc.queryForObject("select id from api_token where token_hash = ?", String.class, sha256(token));
		mvc.perform(post("/account/api-tokens/" + id + "/revoke").with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(deadlines().header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("The API token is unknown or revoked"));

		String staff = demo.holding(Role.CASEWORKER).id().toString();
		audit.awaitContains(staff, "ApiTokenCreated", "ApiTokenRevoked");
	}

	@Test
	void anUnknownTokenIsRefusedNotTreatedAsAnonymous() throws Exception {
		mvc.perform(deadlines().header("Authorization", "Bearer rbx_not-a-token"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiWithoutCredentialsAnswers401WithAProblem() throws Exception {
		mvc.perform(deadlines())
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void nobodyRevokesAnotherPersonsToken() throws Exception {
		String name = "Briefing export " + java.util.UUID.randomUUID();
		createToken(Role.POLICY_OFFICER, name);
		String id = jdbc.queryForObject("select id from api_token where name = ?", String.class, name);

		mvc.perform(post("/account/api-tokens/" + id + "/revoke").with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from api_token where id = ? and revoked_at is null",
				Integer.class, java.util.UUID.fromString(id))).isEqualTo(1);
	}

	@Test
	void aTokenNeedsAName() throws Exception {
		String page = mvc.perform(post("/account/api-tokens").param("name", " ").with(demo.as(Role.CASEWORKER))
				.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Name the token");
		assertThat(TOKEN.matcher(page).find()).isFalse();
	}

	private String createToken(Role role, String name) throws Exception {
		String page = mvc.perform(post("/account/api-tokens").param("name", name).with(demo.as(role)).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("the new token is shown").isTrue();
		return matcher.group();
	}

	private static MockHttpServletRequestBuilder deadlines() {
		return get("/api/deadlines").param("caseType", "FOI").param("received", "2027-03-10").param("jurisdiction", "england-and-wales");
	}

	private static String sha256(String text) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}
}
