package org.redbox.correspondence.internal.search;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.redbox.shared.SecurityMarking;

/** Indexes a case's marking as whether it is OFFICIAL-SENSITIVE; a missing marking counts as sensitive. */
public class SensitivityBridge implements ValueBridge<SecurityMarking, Boolean> {

	@Override
	public Boolean toIndexedValue(SecurityMarking marking, ValueBridgeToIndexedValueContext context) {
		return marking == null || marking.isSensitive();
	}
}
