package org.redbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What whoever runs Redbox watches: health for the load balancer, metrics for Prometheus. */
@IntegrationTest
class OperationsIT {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsUpWithoutSignInAndRevealsNoDetails() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void prometheusCanScrapeTheMetrics() throws Exception {
		String metrics = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();

		assertThat(metrics).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() throws Exception {
		mvc.perform(get("/actuator/env")).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 403, 404));
	}
}
